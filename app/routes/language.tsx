import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { isLocale } from "../i18n";
import { languageCookie } from "../lib/session.server";

// The language switch of pages seen before signing in.
export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const lang = form.get("lang");
  const back = request.headers.get("Referer");
  const to =
    back && new URL(back).origin === new URL(request.url).origin
      ? new URL(back).pathname + new URL(back).search
      : "/authentication/login";
  if (!isLocale(lang)) return redirect(to, 303);
  return redirect(to, {
    status: 303,
    headers: { "Set-Cookie": await languageCookie.serialize(lang) },
  });
}

export async function loader() {
  return redirect("/authentication/login");
}
