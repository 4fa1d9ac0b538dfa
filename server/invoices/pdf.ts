import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { companies, supplierSettings } from "../../db/schema";
import { renderInvoicePdf } from "../pdf/invoice";
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

  const company = db
    .select()
    .from(companies)
    .where(eq(companies.id, companyId))
    .get()!;
  const supplier = db.select().from(supplierSettings).get();
  if (!supplier) throw new Error("supplier settings are missing");

  const bytes = await renderInvoicePdf({ invoice, company, supplier, locale });
  return { bytes, fileName: `${invoice.number}.pdf` };
}
