import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { AuthShell } from "../components/auth-shell";
import { ErrorSummary, Field } from "../components/form";
import { translator } from "../i18n";
import { useT } from "../lib/i18n";
import { requestPasswordReset } from "../lib/reset.server";
import {
  badRequest,
  getDb,
  localeOf,
  pendingLogin,
  readEmail,
  rememberLogin,
  visitOf,
} from "../lib/session.server";

export async function loader({ request }: LoaderFunctionArgs) {
  return { email: (await pendingLogin(request))?.email ?? "" };
}

// Every well-formed email gets the same answer, whether a link went out,
// nobody has that address, or the requests were throttled.
export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const t = translator(await localeOf(request));
  const read = readEmail(form.get("email"), t);
  if ("error" in read) {
    return badRequest({ email: read.typed, errors: { email: read.error } });
  }

  const { email } = read;
  requestPasswordReset(getDb(), {
    email,
    ip: visitOf(request).ip,
    origin: new URL(request.url).origin,
  });
  // The confirmation names the address, read from the step-1 cookie.
  const pending = await pendingLogin(request);
  const cookie = await rememberLogin(email, pending?.next);
  return redirect("/authentication/forgot/sent", {
    status: 303,
    headers: { "Set-Cookie": cookie },
  });
}

export default function ForgotPassword() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const error = result?.errors.email;

  return (
    <AuthShell title={t("reset.forgotTitle")} error={Boolean(error)}>
      <ErrorSummary errors={result?.errors} />
      <h1>{t("reset.forgotTitle")}</h1>
      <p>{t("reset.forgotIntro")}</p>
      <Form method="post" noValidate>
        <Field
          name="email"
          type="email"
          label={t("auth.email")}
          error={error}
          autoComplete="email"
          spellCheck={false}
          defaultValue={result?.email ?? data.email}
          required
        />
        <button type="submit" className="button">
          {t("reset.sendLink")}
        </button>
      </Form>
      <p className="after-form">
        <Link to="/authentication/login">{t("reset.backToSignIn")}</Link>
      </p>
    </AuthShell>
  );
}
