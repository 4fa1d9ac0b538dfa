import { isRouteErrorResponse, Link, useRouteError } from "@remix-run/react";
import { useT } from "../lib/i18n";

// The one error page. It names no document, company or cause: a missing
// page and a forbidden one read alike.
export function ErrorPage() {
  const error = useRouteError();
  const t = useT();
  const missing = isRouteErrorResponse(error) && error.status === 404;
  const title = missing
    ? t("common.notFoundTitle")
    : t("common.serverErrorTitle");

  return (
    <div className="error-page">
      <title>{`${title} – ${t("common.appName")}`}</title>
      <h1>{title}</h1>
      <p>{missing ? t("common.notFoundBody") : t("common.serverErrorBody")}</p>
      <p>
        <Link to="/clients">{t("common.backToDashboard")}</Link>
      </p>
    </div>
  );
}
