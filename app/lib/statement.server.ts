export {
  accountStatement,
  openBalance,
  type StatementBlock,
} from "../../server/statement/statement";
export { statementPeriod } from "../../server/statement/period";
export { statementPdf } from "../../server/statement/pdf";
