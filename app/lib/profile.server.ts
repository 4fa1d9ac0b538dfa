// The routes' door to the contact's own profile in server/.
export { PASSWORD_MIN_LENGTH } from "../../server/auth/passwords";
export { saveDetails } from "../../server/profile/details";
export { flashSaved, takeSaved } from "../../server/profile/flash";
export {
  DetailsForm,
  NAME_MAX,
  parseForm,
  PasswordForm,
  type Problems,
} from "../../server/profile/forms";
export { changePassword } from "../../server/profile/password";
export { profileOf, type CompanyCard } from "../../server/profile/read";
