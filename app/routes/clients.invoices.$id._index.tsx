import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { PageTitle } from "../components/page-title";
import { InvoiceStatusTag } from "../components/status-tag";
import { InvoiceLines } from "../components/invoice-lines";
import { InvoiceSettlement } from "../components/invoice-settlement";
import { formatDate, formatMoney } from "../lib/format";
import { useLocale, useT } from "../lib/i18n";
import { getInvoice, today, toLei } from "../lib/invoices.server";
import {
  getDb,
  idParam,
  notFound,
  requirePermission,
} from "../lib/session.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requirePermission(request, "invoices");
  const invoice = getInvoice(
    getDb(),
    viewer.company.id,
    idParam(params.id),
    today(),
  );
  if (!invoice) notFound();

  const { companyId: _c, createdAt: _a, updatedAt: _u, ...shown } = invoice;
  const rate = invoice.currency === "RON" ? null : invoice.exchangeRateE4;
  const vatInLei = rate ? toLei(invoice.vatTotal, rate) : null;
  return { invoice: { ...shown, vatInLei } };
}

export default function InvoicePage() {
  const { invoice } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const money = (minor: number) => formatMoney(minor, invoice.currency, locale);

  return (
    <>
      <PageTitle
        parts={[
          t("invoices.invoiceTitle", { number: invoice.number }),
          t("invoices.title"),
        ]}
      />
      <p>
        <Link to="/clients/invoices">{t("invoices.backToList")}</Link>
      </p>
      <h1>{t("invoices.invoiceTitle", { number: invoice.number })}</h1>
      <p className="lead">
        <InvoiceStatusTag status={invoice.status} />{" "}
        <span className="amount">{money(invoice.total)}</span>
      </p>
      <dl className="summary-list">
        <div>
          <dt>{t("invoices.date")}</dt>
          <dd>{formatDate(invoice.issueDate, locale)}</dd>
        </div>
        <div>
          <dt>{t("invoices.dueDate")}</dt>
          <dd>{formatDate(invoice.dueDate, locale)}</dd>
        </div>
        <div>
          <dt>{t("invoices.leftToPay")}</dt>
          <dd>{money(invoice.leftToPay)}</dd>
        </div>
      </dl>
      <p className="actions">
        <a
          className="button"
          href={`/clients/invoices/${invoice.id}/pdf`}
          download={`${invoice.number}.pdf`}
        >
          {t("invoices.pdf")}
        </a>{" "}
        <Link to="/clients/statement">{t("invoices.statementLink")}</Link>
      </p>

      <InvoiceLines invoice={invoice} />
      <InvoiceSettlement invoice={invoice} />

      {invoice.notes ? (
        <section>
          <h2>{t("invoices.notes")}</h2>
          <p className="prewrap">{invoice.notes}</p>
        </section>
      ) : null}
    </>
  );
}
