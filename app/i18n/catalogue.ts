import { auth } from "./messages/auth";
import { common } from "./messages/common";
import { dashboard } from "./messages/dashboard";
import { invoices } from "./messages/invoices";
import { nav } from "./messages/nav";
import { statement } from "./messages/statement";
import { pdf } from "./messages/pdf";
import { profile } from "./messages/profile";
import { reset } from "./messages/reset";

// Each namespace lives in its own file under messages/.
export const catalogue = {
  common,
  auth,
  nav,
  dashboard,
  invoices,
  statement,
  pdf,
  reset,
  profile,
};
