import { Link } from "@remix-run/react";
import type { StatementBlock } from "../../server/statement/statement";
import { formatDate, formatMoney } from "../lib/format";
import { useLocale, useT } from "../lib/i18n";

type Props = { block: StatementBlock; period: { from: string; to: string } };

export function StatementTable({ block, period }: Props) {
  const t = useT();
  const locale = useLocale();
  const money = (minor: number) => formatMoney(minor, block.currency, locale);
  const id = `statement-${block.currency}`;
  const caption = t("statement.caption", {
    currency: block.currency,
    from: formatDate(period.from, locale),
    to: formatDate(period.to, locale),
  });

  return (
    <section>
      <h2 id={id}>{caption}</h2>
      <div
        className="table-scroll"
        role="region"
        aria-labelledby={id}
        tabIndex={0}
      >
        <table>
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t("statement.date")}</th>
              <th scope="col">{t("statement.document")}</th>
              <th scope="col">{t("statement.reference")}</th>
              <th scope="col" className="num">
                {t("statement.debit")}
              </th>
              <th scope="col" className="num">
                {t("statement.credit")}
              </th>
              <th scope="col" className="num">
                {t("statement.balance")}
              </th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row" colSpan={5}>
                {t("statement.opening", {
                  date: formatDate(period.from, locale),
                })}
              </th>
              <td className="num">{money(block.opening)}</td>
            </tr>
            {block.entries.map((entry) => (
              <tr key={`${entry.kind}-${entry.id}`}>
                <td>{formatDate(entry.date, locale)}</td>
                <td>{t(`statement.kind_${entry.kind}`)}</td>
                <td>
                  {entry.kind === "invoice" ? (
                    <Link to={`/clients/invoices/${entry.id}`}>
                      {entry.reference}
                    </Link>
                  ) : (
                    entry.reference
                  )}
                </td>
                <td className="num">{entry.debit ? money(entry.debit) : ""}</td>
                <td className="num">
                  {entry.credit ? money(entry.credit) : ""}
                </td>
                <td className="num">{money(entry.balance)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={3}>
                {t("statement.totals")}
              </th>
              <td className="num">{money(block.debits)}</td>
              <td className="num">{money(block.credits)}</td>
              <td></td>
            </tr>
            <tr className="grand-total">
              <th scope="row" colSpan={5}>
                {t("statement.closing", {
                  date: formatDate(period.to, locale),
                })}
              </th>
              <td className="num">{money(block.closing)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
