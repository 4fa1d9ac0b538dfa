import { createCookie } from "@remix-run/node";
import { isLocale, type Locale } from "../app/i18n";
import { eq } from "drizzle-orm";
import { people } from "../db/schema";
import { sessionOf } from "./access/guard";
import { getDb } from "./db";
import { env } from "./env";

// A visitor's language before signing in; afterwards the contact's own.
export const languageCookie = createCookie("lang", {
  path: "/",
  sameSite: "lax",
  maxAge: 365 * 24 * 60 * 60,
});

export async function localeOf(request: Request): Promise<Locale> {
  // Signed in, or between the password and the choice of company.
  const session = await sessionOf(request);
  if (session?.personId) {
    const person = getDb()
      .select({ locale: people.locale })
      .from(people)
      .where(eq(people.id, session.personId))
      .get();
    if (person) return person.locale;
  }

  const chosen = await languageCookie.parse(request.headers.get("Cookie"));
  if (isLocale(chosen)) return chosen;

  const accepted = request.headers.get("Accept-Language") ?? "";
  const first = accepted.split(",")[0]?.trim().slice(0, 2).toLowerCase();
  return isLocale(first) ? first : env().DEFAULT_LOCALE;
}
