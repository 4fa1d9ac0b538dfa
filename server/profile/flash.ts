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

export function flashSaved(saved: Saved) {
  return flashCookie().serialize(saved);
}

/** The form just saved, if any, and the header that forgets it. */
export async function takeSaved(request: Request) {
  const cookie = flashCookie();
  const value = await cookie.parse(request.headers.get("Cookie"));
  const saved = SAVED.find((s) => s === value) ?? null;
  if (!saved) return { saved, headers: undefined };
  const forget = await cookie.serialize("", { maxAge: 0 });
  return { saved, headers: { "Set-Cookie": forget } };
}
