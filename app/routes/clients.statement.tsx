import { data, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { ErrorSummary, Field } from "../components/form";
import { PageTitle } from "../components/page-title";
import { StatementTable } from "../components/statement-table";
import { translator } from "../i18n";
import { formatMoney } from "../lib/format";
import { useLocale, useT } from "../lib/i18n";
import { today } from "../lib/invoices.server";
import {
  accountStatement,
  openBalance,
  statementPeriod,
} from "../lib/statement.server";
import { getDb, requirePermission } from "../lib/session.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await requirePermission(request, "invoices");
  const search = new URL(request.url).searchParams;
  const now = today();
  const { typed, period, errors } = statementPeriod(
    search,
    now,
    translator(viewer.person.locale),
  );

  const db = getDb();
  const open = openBalance(db, viewer.company.id);
  const failed = Object.keys(errors).length > 0;
  const blocks = failed ? [] : accountStatement(db, viewer.company.id, period);
  const company = viewer.company.name;
  const body = { typed, errors, period, open, blocks, company };
  return failed ? data(body, { status: 400 }) : body;
}

export default function Statement() {
  const { typed, errors, period, open, blocks, company } =
    useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const failed = Object.keys(errors).length > 0;

  return (
    <>
      <PageTitle parts={[t("statement.title")]} error={failed} />
      <ErrorSummary errors={errors} />
      <h1>{t("statement.title")}</h1>
      <p className="lead">{t("statement.of", { company })}</p>

      <section className="card">
        <h2>{t("statement.openBalance")}</h2>
        <p className="hint">{t("statement.openBalanceHint")}</p>
        {open.every((row) => row.amount === 0) ? (
          <p>{t("statement.nothingOpen")}</p>
        ) : (
          <ul className="plain">
            {open.map((row) => (
              <li key={row.currency} className="big-number">
                {formatMoney(row.amount, row.currency, locale)}
              </li>
            ))}
          </ul>
        )}
      </section>

      <Form method="get" className="filters" noValidate>
        <Field
          name="from"
          type="text"
          label={t("statement.from")}
          hint={t("statement.dateHint")}
          error={errors.from}
          defaultValue={typed.from}
        />
        <Field
          name="to"
          type="text"
          label={t("statement.to")}
          hint={t("statement.dateHint")}
          error={errors.to}
          defaultValue={typed.to}
        />
        <button type="submit" className="button button-secondary">
          {t("statement.show")}
        </button>
      </Form>

      {failed ? null : (
        <p className="actions">
          <a
            className="button"
            href={`/clients/statement/pdf?${new URLSearchParams(period)}`}
            download
          >
            {t("statement.pdf")}
          </a>
        </p>
      )}
      {failed ? null : blocks.length === 0 ? (
        <p className="empty">{t("statement.empty")}</p>
      ) : (
        blocks.map((block) => (
          <StatementTable key={block.currency} block={block} period={period} />
        ))
      )}
      <p className="hint">{t("statement.print")}</p>
    </>
  );
}
