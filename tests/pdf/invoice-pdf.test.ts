import { PDFDocument, PDFName } from "pdf-lib";
import pdf from "pdf-parse/lib/pdf-parse.js";
import { describe, expect, it } from "vitest";
import { formatDate, formatMoney } from "../../app/lib/format";
import { toLei } from "../../server/money";
import { renderInvoicePdf } from "../../server/pdf/invoice";
import { seedInvoice, type InvoiceSeed } from "./fixtures";

const LINES: InvoiceSeed["lines"] = [
  {
    description:
      "Țesătură de bumbac ştampilată, lățime 150 cm, culoarea „roșu închis”, cu finisaj antișifonare",
    quantityMilli: 12_500,
    unit: "m",
    unitPrice: 4_599,
    vatRateBp: 1900,
  },
  {
    description:
      "Croitorie şi ţesere la comandă — ÎNCĂLȚĂMINTE, ȘALURI, ȚOALE €",
    quantityMilli: 3_000,
    unitPrice: 33_333,
    vatRateBp: 900,
  },
];

async function render(seed: InvoiceSeed, locale: "ro" | "en" = "ro") {
  const seeded = seedInvoice(seed);
  const bytes = await renderInvoicePdf({ ...seeded, locale });
  return { ...seeded, bytes, parsed: await pdf(Buffer.from(bytes)) };
}

describe("invoice PDF", () => {
  it("prints the number, Romanian diacritics and the stored totals", async () => {
    const { invoice, parsed } = await render({ lines: LINES });
    const lei = (minor: number) => formatMoney(minor, "RON", "ro");

    expect(parsed.text).toContain("Factură nr. TB-2026-0042");
    expect(parsed.text).toContain("Țesătoria Bârsei SRL");
    expect(parsed.text).toContain("Croitoria „Ştefan şi fiii” SRL");
    expect(parsed.text).toContain("Târgu Mureș, Mureș");
    expect(parsed.text).toContain("ştampilată, lățime");
    expect(parsed.text).toContain("ÎNCĂLȚĂMINTE, ȘALURI,");
    expect(parsed.text).toContain("ȚOALE €");
    expect(parsed.text).toContain(`Total fără TVA${lei(invoice.subtotal)}`);
    expect(parsed.text).toContain(`TVA${lei(invoice.vatTotal)}`);
    expect(parsed.text).toContain(`Total de plată${lei(invoice.total)}`);
    expect(parsed.text).toContain(`Rest de plată${lei(invoice.amountDue)}`);
    expect(parsed.text).toContain(formatDate(invoice.dueDate, "ro"));
    expect(parsed.text).toContain("NEACHITATĂ");
    expect(parsed.text).not.toContain("\ufffd");
  });

  it("names the document after the invoice and its supplier", async () => {
    const { bytes, parsed } = await render({ lines: LINES });
    const loaded = await PDFDocument.load(bytes);

    expect(parsed.info.Title).toBe("TB-2026-0042");
    expect(parsed.info.Author).toBe("Țesătoria Bârsei");
    expect(String(loaded.catalog.get(PDFName.of("Lang")))).toBe("(ro-RO)");
  });

  it("lists payments, credit notes and what is left to pay", async () => {
    const { invoice, parsed } = await render({
      lines: LINES,
      paid: [{ amount: 10_000, paidOn: "2026-03-11", reference: "OP 117" }],
      credited: [
        { number: "TB-S-0003", total: 2_500, reason: "Retur parțial" },
      ],
      notes: "Vă mulțumim!\tPlata în contul de mai sus.",
    });
    const lei = (minor: number) => formatMoney(minor, "RON", "ro");

    expect(parsed.text).toContain("Plăți primite");
    expect(parsed.text).toContain("11.03.2026Transfer bancarOP 117");
    expect(parsed.text).toContain("TB-S-0003");
    expect(parsed.text).toContain("Retur parțial");
    expect(parsed.text).toContain(`Achitat${lei(10_000)}`);
    expect(parsed.text).toContain(`Stornat${lei(2_500)}`);
    expect(parsed.text).toContain(`Rest de plată${lei(invoice.amountDue)}`);
    expect(parsed.text).toContain("Vă mulțumim! Plata în contul de mai sus.");
    expect(parsed.text).toContain("ACHITATĂ PARȚIAL");
  });

  it("spreads a 60-line invoice over pages that each carry the footer", async () => {
    const lines = Array.from({ length: 60 }, (_, i) => ({
      ...LINES[i % 2],
      description: `Linia ${i + 1}: ${LINES[i % 2].description}`,
    }));
    const pages: string[] = [];
    const seeded = seedInvoice({ lines });
    const bytes = await renderInvoicePdf({ ...seeded, locale: "ro" });
    await pdf(Buffer.from(bytes), {
      pagerender: async (page) => {
        const content = await page.getTextContent();
        pages.push(content.items.map((item) => item.str).join(""));
        return "";
      },
    });

    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((text, index) => {
      expect(text).toContain(`Pagina ${index + 1} din ${pages.length}`);
      expect(text).toContain("Factură nr. TB-2026-0042");
    });
    expect(pages[1]).toContain("DenumireCantitatePreț unitar");
    expect(pages.join("")).toContain("Linia 60:");
  });

  it("shows a euro invoice's VAT in lei at the rate it carries", async () => {
    const { invoice, parsed } = await render({
      lines: LINES,
      currency: "EUR",
      exchangeRateE4: 49_750,
    });
    const vatInLei = toLei(invoice.vatTotal, 49_750);

    expect(parsed.text).toContain(formatMoney(invoice.total, "EUR", "ro"));
    expect(parsed.text).toContain(
      `TVA în lei${formatMoney(vatInLei, "RON", "ro")}`,
    );
    expect(parsed.text).toContain("1 EUR = 4,975 lei");
  });

  it("prints English labels for an English reader", async () => {
    const { invoice, parsed } = await render({ lines: LINES }, "en");

    expect(parsed.text).toContain("Invoice no. TB-2026-0042");
    expect(parsed.text).toContain("Issue date10 Mar 2026");
    expect(parsed.text).toContain("Supplier".toUpperCase());
    expect(parsed.text).toContain("Unit price");
    expect(parsed.text).toContain(
      `Left to pay${formatMoney(invoice.amountDue, "RON", "en")}`,
    );
    expect(parsed.text).toContain("Page 1 of 1");
    expect(parsed.text).not.toContain("Factură");
  });
});
