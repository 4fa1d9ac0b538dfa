import { PDFDocument } from "pdf-lib";
import type { companies, supplierSettings } from "../../db/schema";
import { formatDate } from "../../app/lib/format";
import { translator, type Locale } from "../../app/i18n";
import type { InvoiceDetail } from "../invoices/queries";
import { embedFonts } from "./fonts";
import { CONTENT_WIDTH, Flow, MARGIN, drawFooters, wrapText } from "./layout";
import {
  drawLines,
  drawNotes,
  drawSettlement,
  drawTotalsBlock,
  type Context,
} from "./invoice-sections";

export type InvoicePdfInput = {
  invoice: InvoiceDetail;
  company: typeof companies.$inferSelect;
  supplier: typeof supplierSettings.$inferSelect;
  locale: Locale;
};

const LANGUAGE: Record<Locale, string> = { ro: "ro-RO", en: "en-GB" };
const GUTTER = 20;

/** The invoice as an A4 PDF, in the reader's language. */
export async function renderInvoicePdf(
  input: InvoicePdfInput,
): Promise<Uint8Array> {
  const { invoice, supplier, locale } = input;
  const t = translator(locale);
  const title = t("pdf.invoiceTitle", { number: invoice.number });

  const doc = await PDFDocument.create();
  doc.setTitle(invoice.number);
  doc.setSubject(title);
  doc.setAuthor(supplier.name);
  doc.setCreator(supplier.name);
  doc.setLanguage(LANGUAGE[locale]);

  const flow = new Flow(doc, await embedFonts(doc));
  const context: Context = { flow, t, locale, invoice };
  drawParties(context, input);
  drawHeading(context);
  drawLines(context);
  drawTotalsBlock(context);
  drawSettlement(context);
  drawNotes(context);
  drawFooters(flow, title, (page, pages) => t("pdf.pageOf", { page, pages }));

  return doc.save();
}

function drawParties({ flow, t }: Context, input: InvoicePdfInput) {
  const { supplier: s, company: c } = input;
  const labelled = (key: LabelKey, value: string) =>
    value ? `${t(`pdf.${key}`)}: ${value}` : "";
  const width = (CONTENT_WIDTH - GUTTER) / 2;
  const top = flow.y;

  const supplierBottom = drawParty(flow, MARGIN, top, width, {
    heading: t("pdf.supplier"),
    name: s.name,
    details: [
      s.legalName === s.name ? "" : s.legalName,
      labelled("vatCode", s.vatCode),
      labelled("registrationNo", s.registrationNo),
      s.address,
      labelled("iban", s.iban),
      labelled("bank", s.bank),
      labelled("email", s.email),
      labelled("phone", s.phone),
    ],
  });
  const clientBottom = drawParty(flow, MARGIN + width + GUTTER, top, width, {
    heading: t("pdf.client"),
    name: c.name,
    details: [
      labelled("vatCode", c.vatCode),
      labelled("registrationNo", c.registrationNo),
      c.address,
      [c.city, c.county].filter(Boolean).join(", "),
    ],
  });
  flow.y = Math.min(supplierBottom, clientBottom) - 18;
}

type LabelKey =
  "vatCode" | "registrationNo" | "iban" | "bank" | "email" | "phone";
type Party = { heading: string; name: string; details: string[] };

function drawParty(
  flow: Flow,
  x: number,
  top: number,
  width: number,
  party: Party,
) {
  let y = top;
  const write = (text: string, size: number, bold = false) => {
    const font = bold ? flow.fonts.bold : flow.fonts.regular;
    for (const line of wrapText(text, font, size, width)) {
      flow.text(line, x, y, { size, bold });
      y -= size * 1.4;
    }
  };

  flow.text(party.heading.toUpperCase(), x, y, { size: 7, muted: true });
  y -= 11;
  write(party.name, 11, true);
  for (const detail of party.details) if (detail) write(detail, 9);
  return y;
}

function drawHeading({ flow, t, locale, invoice }: Context) {
  const title = t("pdf.invoiceTitle", { number: invoice.number });
  flow.text(title, MARGIN, flow.y, { size: 16, bold: true });
  flow.gap(26);

  const rows: [string, string, boolean?][] = [
    [t("pdf.issueDate"), formatDate(invoice.issueDate, locale)],
    [t("pdf.dueDate"), formatDate(invoice.dueDate, locale)],
    [t("pdf.status"), t(`pdf.status_${invoice.status}`), true],
    [t("pdf.currency"), invoice.currency],
  ];
  for (const [label, value, bold] of rows) {
    flow.text(label, MARGIN, flow.y, { muted: true });
    flow.text(value, MARGIN + 100, flow.y, { bold });
    flow.gap(13);
  }
  flow.gap(10);
}
