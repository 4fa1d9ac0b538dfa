import type { SerializeFrom } from "@remix-run/node";
import type { InvoiceDetail } from "../../server/invoices/queries";
import {
  formatExchangeRate,
  formatMoney,
  formatQuantity,
  formatRate,
} from "../lib/format";
import { useLocale, useT } from "../lib/i18n";

/** An invoice as its page receives it. */
export type ShownInvoice = Omit<
  SerializeFrom<InvoiceDetail>,
  "companyId" | "createdAt" | "updatedAt"
> & { vatInLei: number | null };

export function InvoiceLines({ invoice }: { invoice: ShownInvoice }) {
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
