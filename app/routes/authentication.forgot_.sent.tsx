import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { AuthShell } from "../components/auth-shell";
import { useT } from "../lib/i18n";
import { pendingLogin } from "../lib/session.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const pending = await pendingLogin(request);
  if (!pending) return redirect("/authentication/forgot");
  return { email: pending.email };
}

export default function ResetLinkSent() {
  const { email } = useLoaderData<typeof loader>();
  const t = useT();

  return (
    <AuthShell title={t("reset.sentTitle")}>
      <h1>{t("reset.sentTitle")}</h1>
      <p>{t("reset.sentBody", { email })}</p>
      <p>{t("reset.sentNothing", { email })}</p>
      <p>
        <Link to="/authentication/forgot">{t("reset.askAgain")}</Link>
      </p>
      <p>
        <Link to="/authentication/login">{t("reset.backToSignIn")}</Link>
      </p>
    </AuthShell>
  );
}
