import type { Db } from "../../db/client";
import { renderInvoicePdf } from "../pdf/invoice";
import { partiesOf } from "../pdf/parties";
import { getInvoice } from "./queries";

/** The invoice as a PDF for its own company's contact, or null. */
export async function invoicePdf(
  db: Db,
  companyId: number,
  invoiceId: number,
  locale: "ro" | "en",
  today: string,
) {
  const invoice = getInvoice(db, companyId, invoiceId, today);
  if (!invoice) return null;

  const parties = partiesOf(db, companyId);
  const bytes = await renderInvoicePdf({ invoice, ...parties, locale });
  return { bytes, fileName: `${invoice.number}.pdf` };
}
