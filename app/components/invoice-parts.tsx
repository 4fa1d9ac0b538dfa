import type { SerializeFrom } from "@remix-run/node";
import type { InvoiceDetail } from "../../server/invoices/queries";
import {
  formatDate,
  formatExchangeRate,
  formatMoney,
  formatQuantity,
  formatRate,
} from "../lib/format";
import { useLocale, useT } from "../lib/i18n";

type Shown = Omit<
  SerializeFrom<InvoiceDetail>,
  "companyId" | "createdAt" | "updatedAt"
> & { vatInLei: number | null };

export function InvoiceLines({ invoice }: { invoice: Shown }) {
  const t = useT();
  const locale = useLocale();
  const money = (minor: number) => formatMoney(minor, invoice.currency, locale);
  const rate = invoice.exchangeRateE4;

  return (
    <section>
      <h2 id="lines-heading">{t("invoices.lines")}</h2>
      <div
        className="table-scroll"
        role="region"
        aria-labelledby="lines-heading"
        tabIndex={0}
      >
        <table>
          <caption className="visually-hidden">{t("invoices.lines")}</caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{t("invoices.description")}</th>
              <th scope="col" className="num">
                {t("invoices.quantity")}
              </th>
              <th scope="col" className="num">
                {t("invoices.unitPrice")}
              </th>
              <th scope="col" className="num">
                {t("invoices.vatRate")}
              </th>
              <th scope="col" className="num">
                {t("invoices.net")}
              </th>
              <th scope="col" className="num">
                {t("invoices.vat")}
              </th>
              <th scope="col" className="num">
                {t("invoices.lineTotal")}
              </th>
            </tr>
          </thead>
          <tbody>
            {invoice.lines.map((line) => (
              <tr key={line.id}>
                <td>{line.position}</td>
                <td>{line.description}</td>
                <td className="num">
                  {formatQuantity(line.quantityMilli, locale)} {line.unit}
                </td>
                <td className="num">{money(line.unitPrice)}</td>
                <td className="num">{formatRate(line.vatRateBp, locale)}</td>
                <td className="num">{money(line.net)}</td>
                <td className="num">{money(line.vat)}</td>
                <td className="num">{money(line.total)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={7}>
                {t("invoices.subtotal")}
              </th>
              <td className="num">{money(invoice.subtotal)}</td>
            </tr>
            <tr>
              <th scope="row" colSpan={7}>
                {t("invoices.vatTotal")}
              </th>
              <td className="num">{money(invoice.vatTotal)}</td>
            </tr>
            {invoice.vatInLei !== null && rate ? (
              <tr>
                <th scope="row" colSpan={7}>
                  {t("invoices.vatInLei", {
                    rate: formatExchangeRate(rate, locale),
                    currency: invoice.currency,
                  })}
                </th>
                <td className="num">
                  {formatMoney(invoice.vatInLei, "RON", locale)}
                </td>
              </tr>
            ) : null}
            <tr className="grand-total">
              <th scope="row" colSpan={7}>
                {t("invoices.total")}
              </th>
              <td className="num">{money(invoice.total)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}

export function InvoiceSettlement({ invoice }: { invoice: Shown }) {
  const t = useT();
  const locale = useLocale();
  const money = (minor: number) => formatMoney(minor, invoice.currency, locale);

  return (
    <section>
      <h2 id="payments-heading">{t("invoices.payments")}</h2>
      {invoice.payments.length === 0 && invoice.creditNotes.length === 0 ? (
        <p>{t("invoices.noPayments")}</p>
      ) : (
        <div
          className="table-scroll"
          role="region"
          aria-labelledby="payments-heading"
          tabIndex={0}
        >
          <table>
            <caption className="visually-hidden">
              {t("invoices.paymentsCaption")}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t("invoices.paidOn")}</th>
                <th scope="col">{t("invoices.method")}</th>
                <th scope="col">{t("invoices.reference")}</th>
                <th scope="col" className="num">
                  {t("invoices.amount")}
                </th>
              </tr>
            </thead>
            <tbody>
              {invoice.payments.map((payment) => (
                <tr key={`p${payment.id}`}>
                  <td>{formatDate(payment.paidOn, locale)}</td>
                  <td>{t(`invoices.method_${payment.method}`)}</td>
                  <td>{payment.reference}</td>
                  <td className="num">{money(payment.amount)}</td>
                </tr>
              ))}
              {invoice.creditNotes.map((note) => (
                <tr key={`c${note.id}`}>
                  <td>{formatDate(note.issueDate, locale)}</td>
                  <td>
                    {t("invoices.creditNote")} {note.number}
                  </td>
                  <td>{note.reason}</td>
                  <td className="num">{money(note.total)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <dl className="summary-list">
        <div>
          <dt>{t("invoices.paid")}</dt>
          <dd>{money(invoice.amountPaid)}</dd>
        </div>
        {invoice.amountCredited ? (
          <div>
            <dt>{t("invoices.credited")}</dt>
            <dd>{money(invoice.amountCredited)}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t("invoices.leftToPay")}</dt>
          <dd>
            <strong>{money(Math.max(0, invoice.amountDue))}</strong>
          </dd>
        </div>
      </dl>
    </section>
  );
}
