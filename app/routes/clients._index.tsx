import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { PageTitle } from "../components/page-title";
import { dashboardSummary } from "../lib/dashboard.server";
import { formatMoney } from "../lib/format";
import { useLocale, useT } from "../lib/i18n";
import { today } from "../lib/invoices.server";
import { getDb, requireContact } from "../lib/session.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await requireContact(request);
  return {
    firstName: viewer.person.firstName,
    summary: dashboardSummary(
      getDb(),
      viewer.company.id,
      viewer.permissions,
      today(),
    ),
  };
}

export default function Dashboard() {
  const { firstName, summary } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const { balance, overdue, awaiting, tickets } = summary;
  const decisions = Object.values(awaiting).some((n) => n && n > 0);
  const shownAwaiting = Object.keys(awaiting).length > 0;

  return (
    <>
      <PageTitle parts={[t("dashboard.title")]} />
      <h1>{t("dashboard.welcome", { name: firstName })}</h1>
      <div className="cards">
        {balance ? (
          <section className="card">
            <h2>{t("dashboard.balanceDue")}</h2>
            {balance.length === 0 ? (
              <p>{t("dashboard.balanceDueNone")}</p>
            ) : (
              <ul className="plain">
                {balance.map((row) => (
                  <li key={row.currency} className="big-number">
                    {formatMoney(row.amount, row.currency, locale)}
                  </li>
                ))}
              </ul>
            )}
            <p>
              <Link to="/clients/invoices">{t("dashboard.seeInvoices")}</Link>
            </p>
          </section>
        ) : null}
        {overdue ? (
          <section className="card">
            <h2>{t("dashboard.overdue")}</h2>
            {overdue.length === 0 ? (
              <p>{t("dashboard.overdueNone")}</p>
            ) : (
              <ul className="plain">
                {overdue.map((row) => (
                  <li key={row.currency}>
                    {t("dashboard.overdueCount", {
                      count: row.count,
                      amount: formatMoney(row.amount, row.currency, locale),
                    })}
                  </li>
                ))}
              </ul>
            )}
            {overdue.length > 0 ? (
              <p>
                <Link to="/clients/invoices?status=overdue">
                  {t("dashboard.seeOverdue")}
                </Link>
              </p>
            ) : null}
          </section>
        ) : null}
        {shownAwaiting ? (
          <section className="card">
            <h2>{t("dashboard.awaiting")}</h2>
            {decisions ? (
              <ul className="plain">
                {awaiting.estimates ? (
                  <li>
                    {t("dashboard.awaitingEstimates", {
                      count: awaiting.estimates,
                    })}
                  </li>
                ) : null}
                {awaiting.proposals ? (
                  <li>
                    {t("dashboard.awaitingProposals", {
                      count: awaiting.proposals,
                    })}
                  </li>
                ) : null}
                {awaiting.contracts ? (
                  <li>
                    {t("dashboard.awaitingContracts", {
                      count: awaiting.contracts,
                    })}
                  </li>
                ) : null}
              </ul>
            ) : (
              <p>{t("dashboard.awaitingNone")}</p>
            )}
          </section>
        ) : null}
        {tickets ? (
          <section className="card">
            <h2>{t("dashboard.openTickets")}</h2>
            <p>{t("dashboard.openTicketsCount", tickets)}</p>
          </section>
        ) : null}
      </div>
    </>
  );
}
