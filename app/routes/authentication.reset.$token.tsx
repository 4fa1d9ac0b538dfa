import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { AuthShell } from "../components/auth-shell";
import { ErrorSummary, Field, type FieldErrors } from "../components/form";
import { translator, type MessageKey, type Translate } from "../i18n";
import { useT } from "../lib/i18n";
import {
  findResetLink,
  NewPasswordForm,
  PASSWORD_MIN_LENGTH,
  resetPassword,
} from "../lib/reset.server";
import {
  badRequest,
  getDb,
  localeOf,
  loginNotice,
  visitOf,
} from "../lib/session.server";

// A link nobody ever sent is not found; one that was used, replaced or has
// expired is gone for good.
function linkGone(state: "unknown" | "gone") {
  const status = state === "unknown" ? 404 : 410;
  return data({ state: "gone" as const }, { status });
}

// Opening the link only reads it: a mail scanner's visit uses up nothing.
export async function loader({ params }: LoaderFunctionArgs) {
  const link = findResetLink(getDb(), params.token ?? "");
  if (link.state !== "valid") return linkGone(link.state);
  return {
    state: "valid" as const,
    email: link.email,
    minLength: PASSWORD_MIN_LENGTH,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const token = params.token ?? "";
  const link = findResetLink(getDb(), token);
  if (link.state !== "valid") return linkGone(link.state);

  const form = await request.formData();
  const parsed = NewPasswordForm.safeParse({
    password: String(form.get("password") ?? ""),
    confirm: String(form.get("confirm") ?? ""),
  });
  if (!parsed.success) {
    const t = translator(await localeOf(request));
    return badRequest({ errors: fieldErrors(parsed.error.issues, t) });
  }

  const outcome = await resetPassword(getDb(), {
    token,
    password: parsed.data.password,
    visit: visitOf(request),
  });
  if (outcome !== "done") return linkGone(outcome);
  // Not signed in: the person signs in with the new password, email filled.
  const notice = await loginNotice("password-changed", link.email);
  return redirect("/authentication/login", {
    status: 303,
    headers: { "Set-Cookie": notice },
  });
}

type Issue = { path: PropertyKey[]; message: string };

function fieldErrors(issues: Issue[], t: Translate) {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const field = String(issue.path[0]);
    const key = issue.message as MessageKey;
    errors[field] ??= t(key, { min: PASSWORD_MIN_LENGTH });
  }
  return errors;
}

export default function ResetPassword() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  if (page.state === "gone" || (result && "state" in result)) {
    return <LinkGone />;
  }
  const errors: FieldErrors = result && "errors" in result ? result.errors : {};
  const failed = Object.keys(errors).length > 0;

  return (
    <AuthShell title={t("reset.resetTitle")} error={failed}>
      <ErrorSummary errors={errors} />
      <h1>{t("reset.resetTitle")}</h1>
      <Form method="post" noValidate>
        <Field
          name="email"
          type="email"
          label={t("auth.email")}
          autoComplete="username"
          value={page.email}
          readOnly
        />
        <Field
          name="password"
          type="password"
          label={t("reset.newPassword")}
          hint={t("reset.newPasswordHint", { min: page.minLength })}
          error={errors.password}
          autoComplete="new-password"
          minLength={page.minLength}
          required
        />
        <Field
          name="confirm"
          type="password"
          label={t("reset.confirm")}
          error={errors.confirm}
          autoComplete="new-password"
          required
        />
        <button type="submit" className="button">
          {t("reset.save")}
        </button>
      </Form>
    </AuthShell>
  );
}

function LinkGone() {
  const t = useT();
  return (
    <AuthShell title={t("reset.goneTitle")}>
      <h1>{t("reset.goneTitle")}</h1>
      <p>{t("reset.goneBody")}</p>
      <p>
        <Link to="/authentication/forgot">{t("reset.askNew")}</Link>
      </p>
    </AuthShell>
  );
}
