import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { AuthShell } from "../components/auth-shell";
import { ErrorSummary, Field } from "../components/form";
import { translator, type MessageKey } from "../i18n";
import { useT } from "../lib/i18n";
import {
  authCookies,
  authenticator,
  badRequest,
  env,
  getDb,
  localeOf,
  pendingLogin,
  SignInRefused,
  startSession,
  visitOf,
} from "../lib/session.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const pending = await pendingLogin(request);
  if (!pending) return redirect("/authentication/login");
  return { email: pending.email };
}

export async function action({ request }: ActionFunctionArgs) {
  const pending = await pendingLogin(request);
  if (!pending) return redirect("/authentication/login", 303);
  const t = translator(await localeOf(request));
  const form = await request.clone().formData();
  if (!String(form.get("password") ?? "")) {
    return badRequest({ errors: { password: t("auth.passwordRequired") } });
  }

  try {
    // The account is the one named at step 1, whatever else is posted.
    const credentials = new Request(request.url, {
      method: "POST",
      headers: {
        "x-portal-client-ip": visitOf(request).ip,
        "Content-Type": "application/x-www-form-urlencoded",
      },
      body: new URLSearchParams({
        email: pending.email,
        password: String(form.get("password")),
      }),
    });
    const person = await authenticator.authenticate("password", credentials);
    const distributor = person.distributor && env().DISTRIBUTOR_PORTAL_URL;
    const only = person.places.length === 1 && !distributor;
    const token = startSession(
      getDb(),
      {
        personId: person.personId,
        companyId: only ? person.places[0].companyId : null,
      },
      visitOf(request),
    );
    const headers = new Headers();
    headers.append("Set-Cookie", await authCookies().session.serialize(token));
    headers.append(
      "Set-Cookie",
      await authCookies().login.serialize("", { maxAge: 0 }),
    );
    const to = only ? pending.next : choiceStep(pending.next);
    return redirect(to, { status: 303, headers });
  } catch (error) {
    if (!(error instanceof SignInRefused)) throw error;
    const { refusal } = error;
    if (refusal.reason === "invalid") {
      return badRequest({ errors: { password: t("auth.invalid") } });
    }
    // The account's state is told only after the password matched.
    const key = `auth.${refusal.reason}` as MessageKey;
    const minutes = "minutes" in refusal ? refusal.minutes : 0;
    const status = refusal.reason === "throttled" ? 429 : 403;
    return data({ notice: t(key, { minutes }) }, { status });
  }
}

// The choice step carries on to the page asked for before signing in.
function choiceStep(next: string) {
  if (next === "/clients") return "/authentication/choose";
  return `/authentication/choose?${new URLSearchParams({ next })}`;
}

export default function SignInPassword() {
  const { email } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const error = result && "errors" in result ? result.errors.password : "";
  const notice = result && "notice" in result ? result.notice : "";

  return (
    <AuthShell
      title={`${t("auth.password")} – ${t("auth.signInTitle")}`}
      error={Boolean(error || notice)}
    >
      <ErrorSummary errors={{ password: error }} />
      {notice ? (
        <div className="notice notice-refused" role="alert">
          <p>{notice}</p>
        </div>
      ) : null}
      <h1>{t("auth.signInTitle")}</h1>
      <Form method="post" noValidate>
        <Field
          name="email"
          type="email"
          label={t("auth.email")}
          autoComplete="username"
          value={email}
          readOnly
        />
        <p>
          <Link to="/authentication/login">{t("auth.notYou")}</Link>
        </p>
        <Field
          name="password"
          type="password"
          label={t("auth.password")}
          error={error}
          autoComplete="current-password"
          required
        />
        <button type="submit" className="button">
          {t("auth.signIn")}
        </button>
      </Form>
      <p className="after-form">
        <Link to="/authentication/forgot">{t("reset.forgotLink")}</Link>
      </p>
    </AuthShell>
  );
}
