// The routes' door to password reset in server/.
export { PASSWORD_MIN_LENGTH } from "../../server/auth/passwords";
export {
  findResetLink,
  NewPasswordForm,
  requestPasswordReset,
  resetPassword,
} from "../../server/auth/reset";
