import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { AuthShell } from "../components/auth-shell";
import { ErrorSummary } from "../components/form";
import { translator } from "../i18n";
import { useT } from "../lib/i18n";
import {
  badRequest,
  chooseCompany,
  env,
  getDb,
  hasDistributorAccess,
  localeOf,
  placesOf,
  safeNext,
  sessionOf,
} from "../lib/session.server";

const DISTRIBUTOR = "distributor";

async function chooserOf(request: Request) {
  const session = await sessionOf(request);
  if (!session?.personId) throw redirect("/authentication/login");
  const { open } = placesOf(getDb(), session.personId);
  // The distributor portal is offered only where it is configured and only
  // to people who have it.
  const distributorUrl = hasDistributorAccess(getDb(), session.personId)
    ? (env().DISTRIBUTOR_PORTAL_URL ?? null)
    : null;
  return { session, places: open, distributorUrl };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { places, distributorUrl } = await chooserOf(request);
  if (places.length === 0) throw redirect("/authentication/login");
  const next = safeNext(new URL(request.url).searchParams.get("next"));
  return { places, distributor: Boolean(distributorUrl), next };
}

export async function action({ request }: ActionFunctionArgs) {
  const { session, places, distributorUrl } = await chooserOf(request);
  const form = await request.formData();
  const choice = String(form.get("place") ?? "");

  if (choice === DISTRIBUTOR && distributorUrl) {
    return redirect(distributorUrl, 303);
  }
  // Only a company offered to this person can be chosen.
  const place = places.find((p) => String(p.companyId) === choice);
  if (!place) {
    const t = translator(await localeOf(request));
    return badRequest({ errors: { place: t("auth.chooseRequired") } });
  }
  chooseCompany(getDb(), session.id, place.companyId);
  return redirect(safeNext(form.get("next")), 303);
}

export default function ChoosePlace() {
  const { places, distributor, next } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const error = result?.errors.place;

  return (
    <AuthShell title={t("auth.chooseTitle")} error={Boolean(error)}>
      <ErrorSummary errors={result?.errors} />
      <h1>{t("auth.chooseTitle")}</h1>
      <Form method="post">
        <input type="hidden" name="next" value={next} />
        <fieldset
          className={error ? "field field-error" : "field"}
          aria-describedby={error ? "place-error" : undefined}
        >
          <legend>{t("auth.chooseLegend")}</legend>
          {error ? (
            <p className="error-message" id="place-error">
              {error}
            </p>
          ) : null}
          {places.map((place, index) => (
            <div className="radio" key={place.companyId}>
              <input
                type="radio"
                name="place"
                id={index === 0 ? "place" : `place-${place.companyId}`}
                value={place.companyId}
              />
              <label
                htmlFor={index === 0 ? "place" : `place-${place.companyId}`}
              >
                {place.companyName}
              </label>
            </div>
          ))}
          {distributor ? (
            <div className="radio">
              <input
                type="radio"
                name="place"
                id="place-distributor"
                value={DISTRIBUTOR}
              />
              <label htmlFor="place-distributor">
                {t("auth.distributorPortal")}
              </label>
            </div>
          ) : null}
        </fieldset>
        <button type="submit" className="button">
          {t("auth.chooseContinue")}
        </button>
      </Form>
      <Form
        method="post"
        action="/authentication/logout"
        className="after-form"
      >
        <button type="submit" className="button-link">
          {t("auth.signOut")}
        </button>
      </Form>
    </AuthShell>
  );
}
