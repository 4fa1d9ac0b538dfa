import { formatDate } from "../../app/lib/format";
import { translator, type Locale } from "../../app/i18n";
import type { InvoiceDetail } from "../invoices/queries";
import { drawFacts, openDocument } from "./document";
import { MARGIN, drawFooters } from "./layout";
import {
  drawLines,
  drawNotes,
  drawSettlement,
  drawTotalsBlock,
  type Context,
} from "./invoice-sections";
import { drawParties, type Parties } from "./parties";

export type InvoicePdfInput = Parties & {
  invoice: InvoiceDetail;
  locale: Locale;
};

/** The invoice as an A4 PDF, in the reader's language. */
export async function renderInvoicePdf(
  input: InvoicePdfInput,
): Promise<Uint8Array> {
  const { invoice, supplier, locale } = input;
  const t = translator(locale);
  const title = t("pdf.invoiceTitle", { number: invoice.number });

  const flow = await openDocument({
    title: invoice.number,
    subject: title,
    author: supplier.name,
    locale,
  });
  const context: Context = { flow, t, locale, invoice };
  drawParties(flow, t, input);
  drawHeading(context);
  drawLines(context);
  drawTotalsBlock(context);
  drawSettlement(context);
  drawNotes(context);
  drawFooters(flow, title, (page, pages) => t("pdf.pageOf", { page, pages }));

  return flow.doc.save();
}

function drawHeading({ flow, t, locale, invoice }: Context) {
  const title = t("pdf.invoiceTitle", { number: invoice.number });
  flow.text(title, MARGIN, flow.y, { size: 16, bold: true });
  flow.gap(26);

  drawFacts(flow, [
    [t("pdf.issueDate"), formatDate(invoice.issueDate, locale)],
    [t("pdf.dueDate"), formatDate(invoice.dueDate, locale)],
    [t("pdf.status"), t(`pdf.status_${invoice.status}`), true],
    [t("pdf.currency"), invoice.currency],
  ]);
  flow.gap(10);
}
