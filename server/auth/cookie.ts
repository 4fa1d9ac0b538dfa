import { createCookie } from "@remix-run/node";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { env } from "../env";

// Without SESSION_SECRET the portal keeps a random one beside its database,
// so a demo or a first start needs no setting and restarts keep sessions.
function sessionSecret() {
  const { SESSION_SECRET, DATABASE_PATH } = env();
  if (SESSION_SECRET) return SESSION_SECRET;
  if (DATABASE_PATH === ":memory:") return randomBytes(32).toString("hex");

  const file = join(dirname(DATABASE_PATH), "session-secret");
  if (!existsSync(file)) {
    writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

const secure = () => env().PUBLIC_URL?.startsWith("https://") ?? false;

let cookies:
  | {
      session: ReturnType<typeof createCookie>;
      login: ReturnType<typeof createCookie>;
    }
  | undefined;

// The session cookie carries only a random token; the pending-login cookie
// carries the email typed at step 1, for step 2 to show and submit.
export function authCookies() {
  cookies ??= {
    session: createCookie("__session", {
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      secure: secure(),
      secrets: [sessionSecret()],
      maxAge: 14 * 24 * 60 * 60,
    }),
    login: createCookie("__login", {
      httpOnly: true,
      sameSite: "lax",
      path: "/authentication",
      secure: secure(),
      secrets: [sessionSecret()],
      maxAge: 30 * 60,
    }),
  };
  return cookies;
}
