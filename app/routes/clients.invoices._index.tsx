import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData, useLocation } from "@remix-run/react";
import { z } from "zod";
import { PageTitle } from "../components/page-title";
import { Pagination } from "../components/pagination";
import { InvoiceFilters } from "../components/invoice-filters";
import { InvoiceTable } from "../components/invoice-table";
import { useT } from "../lib/i18n";
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

      <InvoiceFilters status={data.status} sort={data.sort} dir={data.dir} />

      {data.rows.length === 0 ? (
        <p className="empty">
          {data.status ? t("invoices.emptyFiltered") : t("invoices.empty")}
        </p>
      ) : (
        <>
          <p className="count">
            {t("common.showing", { from, to, total: data.total })}
          </p>
          <InvoiceTable rows={data.rows} company={data.company} />
          <Pagination page={data.page} pages={data.pages} search={search} />
        </>
      )}
    </>
  );
}
