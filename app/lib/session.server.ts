// The routes' door to sign-in, sessions and access control in server/.
export {
  getViewer,
  requireContact,
  requirePermission,
  sessionOf,
  type Viewer,
} from "../../server/access/guard";
export { authenticator } from "../../server/auth/authenticator";
export { authCookies } from "../../server/auth/cookie";
export {
  chooseCompany,
  revokeSession,
  startSession,
} from "../../server/auth/sessions";
export {
  hasDistributorAccess,
  SignInRefused,
  normaliseEmail,
  placesOf,
} from "../../server/auth/signin";
export { getDb } from "../../server/db";
export { env } from "../../server/env";
export {
  attachment,
  badRequest,
  idParam,
  notFound,
  visitOf,
} from "../../server/http";
export { languageCookie, localeOf } from "../../server/locale";
export { safeNext } from "../../server/auth/next";
export {
  loginNotice,
  pendingLogin,
  readEmail,
  rememberLogin,
  takeLoginNotice,
} from "../../server/auth/pending";
