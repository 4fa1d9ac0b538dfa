import { Form } from "@remix-run/react";
import {
  INVOICE_SORTS,
  INVOICE_STATUSES,
  type InvoiceSort,
  type InvoiceStatus,
} from "../lib/invoice-options";
import { useT } from "../lib/i18n";

type Props = {
  status: InvoiceStatus | null;
  sort: InvoiceSort;
  dir: "asc" | "desc";
};

/** A GET form: bookmarkable, applied to the whole list, back to page 1. */
export function InvoiceFilters(data: Props) {
  const t = useT();
  return (
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
  );
}
