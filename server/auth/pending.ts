import { z } from "zod";
import type { Translate } from "../../app/i18n";
import { authCookies } from "./cookie";
import { safeNext } from "./next";

/** The email typed at step 1 and the page to go to after signing in. */
export async function pendingLogin(request: Request) {
  const cookie = request.headers.get("Cookie");
  const pending = await authCookies().login.parse(cookie);
  if (typeof pending?.email !== "string") return null;
  return { email: pending.email as string, next: safeNext(pending.next) };
}

export function rememberLogin(email: string, next: unknown) {
  return authCookies().login.serialize({ email, next: safeNext(next) });
}

const EmailField = z
  .string()
  .trim()
  .min(1, "auth.emailRequired")
  .max(254, "auth.emailInvalid")
  .pipe(z.email("auth.emailInvalid"));

/**
 * An email typed into a form, or what to show again with its message. The
 * typed text comes back cut to a sane length, never the whole body.
 */
export function readEmail(raw: FormDataEntryValue | null, t: Translate) {
  const typed = typeof raw === "string" ? raw : "";
  const parsed = EmailField.safeParse(typed);
  if (parsed.success) return { email: parsed.data } as const;
  const key = parsed.error.issues[0].message as "auth.emailInvalid";
  return { typed: typed.slice(0, 320), error: t(key) } as const;
}
