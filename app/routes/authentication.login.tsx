import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { AuthShell } from "../components/auth-shell";
import { ErrorSummary, Field } from "../components/form";
import { translator } from "../i18n";
import { useT } from "../lib/i18n";
import {
  badRequest,
  getViewer,
  localeOf,
  pendingLogin,
  readEmail,
  rememberLogin,
  safeNext,
  takeLoginNotice,
} from "../lib/session.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  if (await getViewer(request))
    return redirect(safeNext(url.searchParams.get("next")));

  const pending = await pendingLogin(request);
  const { notice, headers } = await takeLoginNotice(request);
  const body = {
    email: pending?.email ?? "",
    next: url.searchParams.get("next") ?? "",
    signedOut: notice === "signed-out",
    passwordChanged: notice === "password-changed",
  };
  return data(body, { headers });
}

// Step 1 only remembers the address: whether it belongs to anyone is never
// told here, and step 2 looks the same either way.
export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const t = translator(await localeOf(request));
  const read = readEmail(form.get("email"), t);
  if ("error" in read) {
    return badRequest({ email: read.typed, errors: { email: read.error } });
  }

  const cookie = await rememberLogin(read.email, form.get("next"));
  return redirect("/authentication/password", {
    status: 303,
    headers: { "Set-Cookie": cookie },
  });
}

export default function SignInEmail() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const error = result?.errors.email;

  return (
    <AuthShell title={t("auth.signInTitle")} error={Boolean(error)}>
      <ErrorSummary errors={result?.errors} />
      {data.signedOut && !result ? (
        <div className="notice" role="status">
          <p>{t("auth.signedOut")}</p>
        </div>
      ) : null}
      {data.passwordChanged && !result ? (
        <div className="notice" role="status">
          <p>{t("reset.changed")}</p>
        </div>
      ) : null}
      <h1>{t("auth.signInTitle")}</h1>
      <p>{t("auth.signInIntro")}</p>
      <Form method="post" noValidate>
        <input type="hidden" name="next" value={data.next} />
        <Field
          name="email"
          type="email"
          label={t("auth.email")}
          hint={t("auth.emailHint")}
          error={error}
          autoComplete="username"
          spellCheck={false}
          defaultValue={result?.email ?? data.email}
          required
        />
        <button type="submit" className="button">
          {t("auth.continue")}
        </button>
      </Form>
    </AuthShell>
  );
}
