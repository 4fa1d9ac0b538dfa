import { Link } from "@remix-run/react";
import type { SerializeFrom } from "@remix-run/node";
import type { InvoiceListRow } from "../../server/invoices/queries";
import { formatDate, formatMoney } from "../lib/format";
import { useLocale, useT } from "../lib/i18n";
import { InvoiceStatusTag } from "./status-tag";

type Props = { rows: SerializeFrom<InvoiceListRow>[]; company: string };

export function InvoiceTable({ rows, company }: Props) {
  const t = useT();
  const locale = useLocale();
  return (
    <div
      className="table-scroll"
      role="region"
      aria-labelledby="invoices-caption"
      tabIndex={0}
    >
      <table>
        <caption id="invoices-caption">
          {t("invoices.caption", { company: company })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t("invoices.number")}</th>
            <th scope="col">{t("invoices.date")}</th>
            <th scope="col">{t("invoices.dueDate")}</th>
            <th scope="col" className="num">
              {t("invoices.amount")}
            </th>
            <th scope="col">{t("invoices.status")}</th>
            <th scope="col" className="num">
              {t("invoices.left")}
            </th>
            <th scope="col">{t("invoices.pdfColumn")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">
                <Link to={`/clients/invoices/${row.id}`}>{row.number}</Link>
              </th>
              <td>{formatDate(row.issueDate, locale)}</td>
              <td>{formatDate(row.dueDate, locale)}</td>
              <td className="num">
                {formatMoney(row.total, row.currency, locale)}
              </td>
              <td>
                <InvoiceStatusTag status={row.status} />
              </td>
              <td className="num">
                {row.status === "overdue" || row.status === "partially_paid"
                  ? formatMoney(row.leftToPay, row.currency, locale)
                  : ""}
              </td>
              <td>
                <a
                  href={`/clients/invoices/${row.id}/pdf`}
                  aria-label={t("invoices.pdfOf", { number: row.number })}
                  download
                >
                  {t("invoices.pdfColumn")}
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
