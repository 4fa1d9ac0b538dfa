import pdf from "pdf-parse/lib/pdf-parse.js";
import { describe, expect, it } from "vitest";
import { createTestDatabase } from "../../db/client";
import { formatDate, formatMoney } from "../../app/lib/format";
import { statementPdf } from "../../server/statement/pdf";
import {
  accountStatement,
  openBalance,
} from "../../server/statement/statement";
import { TODAY } from "./fixtures";
import { PERIOD, seedStatement } from "./statement-fixtures";

type Locale = "ro" | "en";

async function render(locale: Locale = "ro", extra = 0) {
  const db = createTestDatabase();
  const { company } = seedStatement(db, { extra });
  const { bytes } = await statementPdf(db, company.id, PERIOD, locale, TODAY);
  const pages: string[] = [];
  await pdf(Buffer.from(bytes), {
    pagerender: async (page) => {
      const content = await page.getTextContent();
      pages.push(content.items.map((item) => item.str).join(""));
      return "";
    },
  });
  const blocks = accountStatement(db, company.id, PERIOD);
  const open = openBalance(db, company.id);
  return { text: pages.join("\n"), pages, blocks, open };
}

const day = (iso: string, locale: Locale = "ro") => formatDate(iso, locale);

describe("account statement PDF", () => {
  it("prints every balance exactly as the statement computes it", async () => {
    const { text, blocks } = await render("ro", 60);
    const kinds = {
      invoice: "Factură",
      payment: "Plată",
      credit_note: "Stornare",
    };

    expect(blocks.map((block) => block.currency)).toEqual(["EUR", "RON"]);
    for (const block of blocks) {
      const money = (minor: number) => formatMoney(minor, block.currency, "ro");
      expect(text).toContain(
        `Sold inițial la ${day(PERIOD.from)}${money(block.opening)}`,
      );
      for (const entry of block.entries) {
        expect(text).toContain(
          day(entry.date) +
            kinds[entry.kind] +
            entry.reference +
            (entry.debit ? money(entry.debit) : "") +
            (entry.credit ? money(entry.credit) : "") +
            money(entry.balance),
        );
      }
      expect(text).toContain(`Facturat în perioadă${money(block.debits)}`);
      expect(text).toContain(
        `Achitat sau stornat în perioadă${money(block.credits)}`,
      );
      expect(text).toContain(
        `Sold final la ${day(PERIOD.to)}${money(block.closing)}`,
      );
    }
  });

  it("keeps each currency in its own block and never adds them up", async () => {
    const { text, blocks, open } = await render();
    const [eur, ron] = blocks;
    const eurPart = text.slice(text.indexOf("Fișa în EUR"));
    const [eurBlock, ronBlock] = eurPart.split("Fișa în RON");

    expect(text.match(/Fișa în [A-Z]{3}/g)).toEqual([
      "Fișa în EUR",
      "Fișa în RON",
    ]);
    expect(eurBlock).not.toContain("lei");
    expect(ronBlock).not.toContain("EUR");
    for (const currency of ["EUR", "RON"]) {
      for (const sum of [
        eur.closing + ron.closing,
        eur.opening + ron.opening,
        eur.debits + ron.debits,
      ]) {
        expect(text).not.toContain(formatMoney(sum, currency, "ro"));
      }
    }
    expect(open).toHaveLength(2);
    expect(text).toContain(
      `Sold curent la ${day(TODAY)}` +
        open.map((row) => formatMoney(row.amount, row.currency, "ro")).join(""),
    );
  });

  it("keeps Romanian diacritics and leaves drafts and other clients out", async () => {
    const { text } = await render();

    expect(text).toContain("Fișa de cont");
    expect(text).toContain("Țesătoria Bârsei SRL");
    expect(text).toContain("Croitoria „Ştefan şi fiii” SRL");
    expect(text).toContain("Târgu Mureș, Mureș");
    expect(text).toContain(`Întocmită la${day(TODAY)}`);
    expect(text).toContain(`Perioada${day(PERIOD.from)} – ${day(PERIOD.to)}`);
    expect(text).not.toContain("\ufffd");
    expect(text).not.toContain("DRAFT-0001");
    expect(text).not.toContain("ALT-0001");
  });

  it("spreads a long statement over pages with headers and footers", async () => {
    const { pages, blocks } = await render("ro", 60);
    const ron = blocks[1];
    const last = ron.entries[ron.entries.length - 1];

    expect(pages.length).toBeGreaterThan(2);
    pages.forEach((text, index) => {
      expect(text).toContain(`Pagina ${index + 1} din ${pages.length}`);
      expect(text).toContain(
        `Fișa de cont ${day(PERIOD.from)} – ${day(PERIOD.to)}`,
      );
      if (index > 0) expect(text).toMatch(/^DataDocumentReferință/);
    });
    expect(pages.join("")).toContain(
      `${last.reference}${formatMoney(last.credit, "RON", "ro")}` +
        formatMoney(ron.closing, "RON", "ro"),
    );
  });

  it("prints English labels for an English reader", async () => {
    const { text, blocks } = await render("en");
    const ron = blocks[1];
    const money = (minor: number) => formatMoney(minor, "RON", "en");

    expect(text).toContain("Account statement");
    expect(text).toContain("Statement in RON");
    expect(text).toContain(
      `Opening balance on ${day(PERIOD.from, "en")}${money(ron.opening)}`,
    );
    expect(text).toContain(
      `Closing balance on ${day(PERIOD.to, "en")}${money(ron.closing)}`,
    );
    expect(text).toContain("DateDocumentReferenceInvoicedPaid or credited");
    expect(text).toContain("Page 1 of 1");
    expect(text).not.toMatch(/Fișa|Sold|Factură/);
  });
});
