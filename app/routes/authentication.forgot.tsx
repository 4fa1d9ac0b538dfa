import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { AuthShell } from "../components/auth-shell";
import { ErrorSummary, Field } from "../components/form";
import { translator } from "../i18n";
import { useT } from "../lib/i18n";
import { requestPasswordReset } from "../lib/reset.server";
import {
  authCookies,
  badRequest,
  getDb,
  localeOf,
  safeNext,
  visitOf,
} from "../lib/session.server";

const ForgotForm = z.object({
  email: z
    .string()
    .trim()
    .min(1, "auth.emailRequired")
    .max(254, "auth.emailInvalid")
    .pipe(z.email("auth.emailInvalid")),
});

async function pendingOf(request: Request) {
  const pending = await authCookies().login.parse(
    request.headers.get("Cookie"),
  );
  return {
    email: typeof pending?.email === "string" ? pending.email : "",
    next: safeNext(pending?.next),
  };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { email } = await pendingOf(request);
  return { email };
}

// Every well-formed email gets the same answer, whether a link went out,
// nobody has that address, or the requests were throttled.
export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const parsed = ForgotForm.safeParse({ email: form.get("email") ?? "" });
  if (!parsed.success) {
    const t = translator(await localeOf(request));
    const message = parsed.error.issues[0].message as "auth.emailInvalid";
    return badRequest({
      email: String(form.get("email") ?? "").slice(0, 320),
      errors: { email: t(message) },
    });
  }

  const { email } = parsed.data;
  requestPasswordReset(getDb(), {
    email,
    ip: visitOf(request).ip,
    origin: new URL(request.url).origin,
  });
  // The confirmation names the address, read from the step-1 cookie.
  const { next } = await pendingOf(request);
  const cookie = await authCookies().login.serialize({ email, next });
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
