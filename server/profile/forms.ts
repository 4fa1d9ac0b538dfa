import { z } from "zod";
import type { MessageKey } from "../../app/i18n";
import { LOCALES } from "../../db/schema";
import { PASSWORD_MIN_LENGTH } from "../auth/passwords";

export const NAME_MAX = 100;
const PHONE_MAX = 40;

const name = (required: MessageKey) =>
  z
    .string()
    .trim()
    .min(1, required)
    .max(NAME_MAX, "profile.nameTooLong")
    // Control and invisible format characters (zero-width, direction
    // overrides) would make a name blank or print it backwards.
    .regex(/^[^\p{Cc}\p{Cf}]*$/u, "profile.nameInvalid");

const digits = (phone: string) => phone.replace(/\D/g, "").length;

// Written as people write numbers; only the characters of a number pass.
const phone = z
  .string()
  .trim()
  .max(PHONE_MAX, "profile.phoneLength")
  .regex(/^[\d +\-().]*$/, "profile.phoneInvalid")
  .refine((p) => p === "" || (digits(p) >= 6 && digits(p) <= 15), {
    message: "profile.phoneLength",
  });

export const DetailsForm = z.object({
  firstName: name("profile.firstNameRequired"),
  lastName: name("profile.lastNameRequired"),
  phone,
  locale: z.enum(LOCALES, "profile.languageRequired"),
});
export type Details = z.infer<typeof DetailsForm>;

export const PasswordForm = z
  .object({
    currentPassword: z.string().min(1, "profile.currentRequired"),
    newPassword: z
      .string()
      .min(1, "reset.passwordRequired")
      .min(PASSWORD_MIN_LENGTH, "reset.passwordTooShort"),
    confirmPassword: z.string().min(1, "reset.confirmRequired"),
  })
  .refine((f) => f.newPassword === f.confirmPassword, {
    path: ["confirmPassword"],
    message: "reset.mismatch",
  })
  .refine((f) => f.newPassword !== f.currentPassword, {
    path: ["newPassword"],
    message: "profile.sameAsCurrent",
  });

export type Problems = Record<string, MessageKey>;

/**
 * The form's values, or the first problem of each wrong field with what was
 * typed, to show again.
 */
export function parseForm<S extends z.ZodObject>(schema: S, form: FormData) {
  // A field left out of the post is an empty field, with the same message.
  const values = Object.fromEntries(
    Object.keys(schema.shape).map((key) => [key, String(form.get(key) ?? "")]),
  );
  const parsed = schema.safeParse(values);
  if (parsed.success) return { data: parsed.data as z.infer<S> };

  const problems: Problems = {};
  for (const issue of parsed.error.issues) {
    problems[String(issue.path[0])] ??= issue.message as MessageKey;
  }
  const typed = Object.fromEntries(
    Object.entries(values).map(([key, value]) => [key, value.slice(0, 200)]),
  );
  return { problems, typed };
}
