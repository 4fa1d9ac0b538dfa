import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
} from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary } from "../components/form";
import { PageTitle } from "../components/page-title";
import { CompanyCard } from "../components/profile-company";
import { DetailsFields } from "../components/profile-details";
import { PasswordFields } from "../components/profile-password";
import { translator, type Translate } from "../i18n";
import { useT } from "../lib/i18n";
import {
  changePassword,
  DetailsForm,
  flashSaved,
  NAME_MAX,
  parseForm,
  PASSWORD_MIN_LENGTH,
  PasswordForm,
  profileOf,
  saveDetails,
  takeSaved,
  type Problems,
} from "../lib/profile.server";
import {
  badRequest,
  getDb,
  requireContact,
  visitOf,
  type Viewer,
} from "../lib/session.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await requireContact(request);
  const { saved, headers } = await takeSaved(request, viewer.person.id);
  const profile = profileOf(getDb(), viewer.person.id, viewer.company.id);
  const body = { ...profile, saved, minLength: PASSWORD_MIN_LENGTH };
  return data(body, { headers });
}

export async function action({ request }: ActionFunctionArgs) {
  const viewer = await requireContact(request);
  const form = await request.formData();
  const t = translator(viewer.person.locale);
  const intent = form.get("intent");
  if (intent === "details") return details(viewer, form, request, t);
  if (intent === "password") return password(viewer, form, request, t);
  throw new Response("Bad Request", { status: 400 });
}

async function details(v: Viewer, form: FormData, req: Request, t: Translate) {
  const parsed = parseForm(DetailsForm, form);
  if (parsed.problems) {
    const { typed } = parsed;
    const errors = translate(parsed.problems, t);
    return badRequest({ intent: "details" as const, errors, typed });
  }

  const who = { personId: v.person.id, companyId: v.company.id };
  saveDetails(getDb(), who, parsed.data, visitOf(req));
  return savedRedirect("details", v);
}

async function password(v: Viewer, form: FormData, req: Request, t: Translate) {
  const parsed = parseForm(PasswordForm, form);
  // Passwords are never sent back, not even after an error.
  if (parsed.problems) {
    const errors = translate(parsed.problems, t);
    return badRequest({ intent: "password" as const, errors });
  }

  const outcome = await changePassword(getDb(), {
    personId: v.person.id,
    email: v.person.email,
    companyId: v.company.id,
    sessionId: v.sessionId,
    current: parsed.data.currentPassword,
    next: parsed.data.newPassword,
    visit: visitOf(req),
  });
  if (outcome.state === "done") return savedRedirect("password", v);
  const throttled = outcome.state === "throttled";
  const message = throttled
    ? t("auth.throttled", { minutes: outcome.minutes })
    : t("profile.currentWrong");
  const errors = { currentPassword: message };
  const status = throttled ? 429 : 400;
  return data({ intent: "password" as const, errors }, { status });
}

async function savedRedirect(saved: "details" | "password", viewer: Viewer) {
  const headers = { "Set-Cookie": await flashSaved(saved, viewer.person.id) };
  return redirect("/clients/profile", { status: 303, headers });
}

function translate(problems: Problems, t: Translate) {
  const vars = { min: PASSWORD_MIN_LENGTH, max: NAME_MAX };
  return Object.fromEntries(
    Object.entries(problems).map(([field, key]) => [field, t(key, vars)]),
  );
}

export default function Profile() {
  const { person, company, saved, minLength } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const errors: Record<string, string> = result?.errors ?? {};
  const failed = Object.keys(errors).length > 0;
  const typed = result && "typed" in result ? result.typed : person;
  const of = (intent: string) => (result?.intent === intent ? errors : {});

  return (
    <>
      <PageTitle parts={[t("profile.title")]} error={failed} />
      <ErrorSummary errors={errors} />
      {saved && !result ? (
        <div className="notice" role="status">
          <p>
            {t(
              saved === "details"
                ? "profile.detailsSaved"
                : "profile.passwordSaved",
            )}
          </p>
        </div>
      ) : null}
      <h1>{t("profile.title")}</h1>
      <DetailsFields
        email={person.email}
        typed={typed}
        errors={of("details")}
      />
      <CompanyCard company={company} />
      <PasswordFields
        email={person.email}
        minLength={minLength}
        errors={of("password")}
      />
    </>
  );
}
