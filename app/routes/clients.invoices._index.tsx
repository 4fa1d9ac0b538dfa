import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData, useLocation } from "@remix-run/react";
import { z } from "zod";
import { PageTitle } from "../components/page-title";
import { Pagination } from "../components/pagination";
import { InvoiceStatusTag } from "../components/status-tag";
import { formatDate, formatMoney } from "../lib/format";
import { useLocale, useT } from "../lib/i18n";
import {
  INVOICE_SORTS,
  INVOICE_STATUSES,
  listInvoices,
  pageCount,
  pageParam,
  PER_PAGE,
  today,
} from "../lib/invoices.server";
import { getDb, requirePermission } from "../lib/session.server";

const ListQuery = z.object({
  status: z.enum(INVOICE_STATUSES).nullable().catch(null),
  sort: z.enum(INVOICE_SORTS).catch("date"),
  dir: z.enum(["asc", "desc"]).catch("desc"),
});

export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await requirePermission(request, "invoices");
  const url = new URL(request.url);
  const query = ListQuery.parse({
    status: url.searchParams.get("status") || null,
    sort: url.searchParams.get("sort") ?? undefined,
    dir: url.searchParams.get("dir") ?? undefined,
  });
  const page = pageParam(url.searchParams);

  const list = listInvoices(getDb(), viewer.company.id, {
    status: query.status,
    sort: query.sort,
    direction: query.dir,
    page: page ?? 1,
    perPage: PER_PAGE,
    today: today(),
  });
  const pages = pageCount(list.total);
  // A page number that does not exist leads to one that does.
  if (page === null || page > pages) {
    url.searchParams.set("page", String(page === null ? 1 : pages));
    throw redirect(url.pathname + url.search);
  }

  return { ...query, page, pages, ...list, company: viewer.company.name };
}

export default function InvoiceList() {
  const data = useLoaderData<typeof loader>();
  const { search } = useLocation();
  const t = useT();
  const locale = useLocale();
  const from = (data.page - 1) * PER_PAGE + 1;
  const to = from + data.rows.length - 1;
  const suffix =
    data.page > 1
      ? t("common.pageSuffix", { page: data.page, pages: data.pages })
      : "";

  return (
    <>
      <PageTitle parts={[t("invoices.title") + suffix]} />
      <h1>{t("invoices.title")}</h1>
      <p>
        <Link to="/clients/statement">{t("invoices.statementLink")}</Link>
      </p>

      <Form method="get" className="filters" aria-label={t("invoices.filters")}>
        <div className="field">
          <label htmlFor="status">{t("invoices.filterStatus")}</label>
          <select id="status" name="status" defaultValue={data.status ?? ""}>
            <option value="">{t("invoices.allStatuses")}</option>
            {INVOICE_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`invoices.status_${status}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="sort">{t("invoices.sortBy")}</label>
          <select id="sort" name="sort" defaultValue={data.sort}>
            {INVOICE_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {t(`invoices.sort_${sort}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="dir">{t("invoices.direction")}</label>
          <select id="dir" name="dir" defaultValue={data.dir}>
            <option value="desc">{t("invoices.desc")}</option>
            <option value="asc">{t("invoices.asc")}</option>
          </select>
        </div>
        <button type="submit" className="button button-secondary">
          {t("common.apply")}
        </button>
      </Form>

      {data.rows.length === 0 ? (
        <p className="empty">
          {data.status ? t("invoices.emptyFiltered") : t("invoices.empty")}
        </p>
      ) : (
        <>
          <p className="count">
            {t("common.showing", { from, to, total: data.total })}
          </p>
          <div
            className="table-scroll"
            role="region"
            aria-labelledby="invoices-caption"
            tabIndex={0}
          >
            <table>
              <caption id="invoices-caption">
                {t("invoices.caption", { company: data.company })}
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
                {data.rows.map((row) => (
                  <tr key={row.id}>
                    <th scope="row">
                      <Link to={`/clients/invoices/${row.id}`}>
                        {row.number}
                      </Link>
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
                      {row.status === "overdue" ||
                      row.status === "partially_paid"
                        ? formatMoney(row.amountDue, row.currency, locale)
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
          <Pagination page={data.page} pages={data.pages} search={search} />
        </>
      )}
    </>
  );
}
