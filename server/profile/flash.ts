import { createCookie } from "@remix-run/node";
import { env } from "../env";

const SAVED = ["details", "password"] as const;
export type Saved = (typeof SAVED)[number];

// Which form was just saved, for the page after the redirect to thank for
// once: a reload shows the page without the banner.
function flashCookie() {
  return createCookie("profile-saved", {
    httpOnly: true,
    sameSite: "lax",
    path: "/clients/profile",
    secure: env().PUBLIC_URL?.startsWith("https://") ?? false,
    maxAge: 60,
  });
}

// The banner belongs to the person who saved: another person signing in on
// the same browser within the minute does not see it.
export function flashSaved(saved: Saved, personId: number) {
  return flashCookie().serialize(`${saved}:${personId}`);
}

/** The form just saved, if any, and the header that forgets it. */
export async function takeSaved(request: Request, personId: number) {
  const cookie = flashCookie();
  const value = await cookie.parse(request.headers.get("Cookie"));
  const saved = SAVED.find((s) => value === `${s}:${personId}`) ?? null;
  if (!value) return { saved, headers: undefined };
  const forget = await cookie.serialize("", { maxAge: 0 });
  return { saved, headers: { "Set-Cookie": forget } };
}
