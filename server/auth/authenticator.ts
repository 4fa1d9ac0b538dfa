import { Authenticator } from "remix-auth";
import { FormStrategy } from "remix-auth-form";
import { getDb } from "../db";
import { visitOf } from "../http";
import { checkCredentials, type SignedIn } from "./signin";

// remix-auth runs the strategy and hands back the person; the sign-in action
// keeps the session itself (server-side, see sessions.ts).
export const authenticator = new Authenticator<SignedIn>();

authenticator.use(
  new FormStrategy(async ({ form, request }) =>
    checkCredentials(getDb(), {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      ip: visitOf(request).ip,
    }),
  ),
  "password",
);
