import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import {
  authCookies,
  getDb,
  revokeSession,
  sessionOf,
} from "../lib/session.server";

// Sign-out is a POST: a link or a prefetch can never end a session.
export async function action({ request }: ActionFunctionArgs) {
  const session = await sessionOf(request);
  if (session) revokeSession(getDb(), session.id);
  const cleared = await authCookies().session.serialize("", { maxAge: 0 });
  return redirect("/authentication/login?signed-out=1", {
    status: 303,
    headers: { "Set-Cookie": cleared },
  });
}

export async function loader() {
  return redirect("/clients");
}
