import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import {
  authCookies,
  getDb,
  loginNotice,
  revokeSession,
  sessionOf,
} from "../lib/session.server";

// Sign-out is a POST: a link or a prefetch can never end a session.
export async function action({ request }: ActionFunctionArgs) {
  const session = await sessionOf(request);
  if (session) revokeSession(getDb(), session.id);
  const headers = new Headers();
  const cleared = await authCookies().session.serialize("", { maxAge: 0 });
  headers.append("Set-Cookie", cleared);
  headers.append("Set-Cookie", await loginNotice("signed-out"));
  return redirect("/authentication/login", { status: 303, headers });
}

export async function loader() {
  return redirect("/clients");
}
