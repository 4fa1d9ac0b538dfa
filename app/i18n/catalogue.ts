import { common } from "./messages/common";

// Each namespace lives in its own file under messages/.
export const catalogue = {
  common,
};
