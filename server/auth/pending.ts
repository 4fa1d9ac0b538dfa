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

const NOTICES = ["signed-out", "password-changed"] as const;
export type LoginNotice = (typeof NOTICES)[number];

/**
 * A notice for the sign-in page to show once, carried by a cookie rather
 * than the address, so a reload or someone else's link cannot show it.
 */
export function loginNotice(notice: LoginNotice, email?: string) {
  const value = email ? { email, next: "/clients", notice } : { notice };
  return authCookies().login.serialize(value);
}

/** The notice waiting for the sign-in page, and the cookie that forgets it. */
export async function takeLoginNotice(request: Request) {
  const cookie = authCookies().login;
  const value = await cookie.parse(request.headers.get("Cookie"));
  const notice = NOTICES.find((n) => n === value?.notice) ?? null;
  if (!notice) return { notice, headers: undefined };
  const rest = { ...value, notice: undefined };
  return { notice, headers: { "Set-Cookie": await cookie.serialize(rest) } };
}
