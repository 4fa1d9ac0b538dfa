export {
  accountStatement,
  openBalance,
  type StatementBlock,
} from "../../server/statement/statement";
export { parseTypedDate } from "../../server/dates-input";
export { addDays } from "../../server/dates";
