import { PDFDocument } from "pdf-lib";
import type { Locale } from "../../app/i18n";
import { embedFonts } from "./fonts";
import { Flow, MARGIN } from "./layout";

const LANGUAGE: Record<Locale, string> = { ro: "ro-RO", en: "en-GB" };

export type DocumentInfo = {
  title: string;
  subject: string;
  author: string;
  locale: Locale;
};

/** An empty A4 document with its metadata and fonts, ready to draw on. */
export async function openDocument(info: DocumentInfo) {
  const doc = await PDFDocument.create();
  doc.setTitle(info.title);
  doc.setSubject(info.subject);
  doc.setAuthor(info.author);
  doc.setCreator(info.author);
  doc.setLanguage(LANGUAGE[info.locale]);
  return new Flow(doc, await embedFonts(doc));
}

/** A bold heading kept on the same page as the start of its section. */
export function sectionHeading(flow: Flow, text: string) {
  flow.need(60);
  flow.gap(12);
  flow.text(text, MARGIN, flow.y, { size: 10, bold: true });
  flow.gap(16);
}

export type Fact = [label: string, value: string, bold?: boolean];

/** Label and value pairs in two columns, as under a document's title. */
export function drawFacts(flow: Flow, facts: Fact[]) {
  const widest = Math.max(
    ...facts.map(([label]) => flow.fonts.regular.widthOfTextAtSize(label, 9)),
  );
  const valueX = MARGIN + Math.max(100, widest + 12);
  for (const [label, value, bold] of facts) {
    flow.need(13);
    flow.text(label, MARGIN, flow.y, { muted: true });
    flow.text(value, valueX, flow.y, { bold });
    flow.gap(13);
  }
}
