import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { isLocale } from "../i18n";
import { languageCookie, safeNext } from "../lib/session.server";

// The language switch of pages seen before signing in.
export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const lang = form.get("lang");
  const to = backTo(request);
  if (!isLocale(lang)) return redirect(to, 303);
  return redirect(to, {
    status: 303,
    headers: { "Set-Cookie": await languageCookie.serialize(lang) },
  });
}

function backTo(request: Request) {
  try {
    const back = new URL(request.headers.get("Referer") ?? "");
    if (back.origin !== new URL(request.url).origin) throw new Error();
    return safeNext(back.pathname + back.search);
  } catch {
    return "/authentication/login";
  }
}

export async function loader() {
  return redirect("/authentication/login");
}
