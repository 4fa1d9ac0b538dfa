import { formatDate, formatMoney } from "../lib/format";
import { useLocale, useT } from "../lib/i18n";
import type { ShownInvoice } from "./invoice-lines";

export function InvoiceSettlement({ invoice }: { invoice: ShownInvoice }) {
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
            <strong>{money(invoice.leftToPay)}</strong>
          </dd>
        </div>
      </dl>
    </section>
  );
}
