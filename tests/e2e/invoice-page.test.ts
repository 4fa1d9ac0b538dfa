// An invoice's page and PDF, and who may not open them. JavaScript off.
import type { Browser, Page } from "playwright-core";
import pdf from "pdf-parse/lib/pdf-parse.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  invoiceIds,
  launchBrowser,
  newPage,
  scriptsOn,
  signIn,
  startPortal,
  type Portal,
} from "./harness";
import { minorOf, normalise, rowsOf, type Row } from "./invoice-table";

let portal: Portal;
let browser: Browser;
const pages: Record<string, Page> = {};

beforeAll(async () => {
  [portal, browser] = await Promise.all([startPortal(), launchBrowser()]);
  for (const who of ["client", "other", "tickets"]) {
    pages[who] = await newPage(browser);
    await signIn(pages[who], portal.base, `${who}@demo.test`);
  }
});

afterAll(async () => {
  await browser?.close();
  await portal?.stop();
});

async function listOf(page: Page) {
  await page.goto(`${portal.base}/clients/invoices`);
  return rowsOf(page);
}

async function readPdf(page: Page, href: string) {
  const response = await page.request.get(portal.base + href);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  const { text } = await pdf(await response.body());
  expect(text).not.toContain("\uFFFD");
  const disposition = response.headers()["content-disposition"] ?? "";
  return { text: normalise(text), disposition };
}

describe("an invoice without JavaScript", () => {
  let row: Row;

  beforeAll(async () => {
    const rows = await listOf(pages.client);
    // The seed's part-paid invoice in lei, settled by one bank transfer.
    row = rows.find((r) => r.number === "DEMO-0016")!;
    expect(row.status).toBe("PARTIALLY PAID");
    await pages.client.goto(portal.base + row.href);
  });

  it("shows its lines, totals, payments, what is left and the statement link", async () => {
    const page = pages.client;
    expect(await scriptsOn(page)).toBe(0);
    await expect(page.locator("h1").innerText()).resolves.toBe(
      `Invoice ${row.number}`,
    );
    expect(await page.title()).toMatch(
      new RegExp(`^Invoice ${row.number} – Invoices & Payments – `),
    );

    const lines = page.getByRole("region", { name: "Invoice lines" });
    expect(await lines.locator("tbody tr").count()).toBeGreaterThan(0);
    const totals = normalise(await lines.locator("tfoot").innerText());
    expect(totals).toContain("Subtotal");
    expect(totals).toContain(`Total ${normalise(row.amount)}`);

    const payments = page.getByRole("region", { name: "Payments" });
    await expect(payments.locator("tbody").innerText()).resolves.toMatch(
      /Bank transfer/,
    );
    const termed = (term: string) =>
      page.locator(`xpath=//dt[normalize-space()='${term}']/../dd`).last();
    const left = await termed("Left to pay").innerText();
    expect(normalise(left)).toBe(normalise(row.left));
    const paid = minorOf(await termed("Paid").innerText());
    expect(paid).toBe(minorOf(row.amount) - minorOf(row.left));
    const statement = page.locator("main a[href='/clients/statement']");
    expect(await statement.count()).toBeGreaterThan(0);
  });

  it("downloads as a PDF named after it, with its number, total and both parties", async () => {
    const href = await pages.client
      .locator("main a[href$='/pdf']")
      .getAttribute("href");
    const { text, disposition } = await readPdf(pages.client, href!);

    expect(disposition).toContain(`filename="${row.number}.pdf"`);
    expect(text).toContain(row.number);
    expect(text).toContain(normalise(row.amount));
    expect(text).toContain("Atelierul Digital");
    expect(text).toContain("Demo Client SRL");
  });
});

describe("a Romanian contact", () => {
  it("reads the list in Romanian, with lei like 1.234,56 lei and dd.mm.yyyy dates", async () => {
    const rows = await listOf(pages.other);
    const page = pages.other;

    expect(await page.locator("html").getAttribute("lang")).toBe("ro");
    expect(await page.locator("thead th").first().innerText()).toBe(
      "Nr. factură",
    );
    const lei = rows.map((r) => r.amount).filter((a) => a.endsWith("lei"));
    expect(lei.length).toBeGreaterThan(0);
    for (const amount of lei) {
      expect(amount).toMatch(/^\d{1,3}(\.\d{3})*,\d{2}\u00a0lei$/);
    }
    expect(lei.some((amount) => amount.includes("."))).toBe(true);
    for (const { issued, due } of rows) {
      expect(issued).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);
      expect(due).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);
    }
  });

  it("gets the PDF in Romanian, diacritics intact", async () => {
    const rows = await listOf(pages.other);
    const row = rows.find((r) => r.amount.endsWith("lei"))!;
    const { text, disposition } = await readPdf(pages.other, `${row.href}/pdf`);

    expect(disposition).toContain(`filename="${row.number}.pdf"`);
    expect(text).toContain(`Factură nr. ${row.number}`);
    expect(text).toContain("Țesătoria Bârsei SRL");
    expect(text).toContain(normalise(row.amount));
  });

  it("never sees the company's drafts, in the list or at their address", async () => {
    const drafts = ["TB-0019", "TB-0026"];
    await listOf(pages.other);
    const html = await pages.other.content();
    for (const draft of drafts) expect(html).not.toContain(draft);

    const ids = invoiceIds(portal, drafts);
    expect(ids.size).toBe(drafts.length);
    for (const id of ids.values()) {
      const url = `${portal.base}/clients/invoices/${id}`;
      expect((await pages.other.request.get(url)).status()).toBe(404);
      expect((await pages.other.request.get(`${url}/pdf`)).status()).toBe(404);
    }
  });
});

describe("who may not open an invoice", () => {
  const status = async (page: Page, path: string) =>
    (await page.request.get(portal.base + path, { maxRedirects: 0 })).status();

  it("answers 404 for another company's invoice pages and PDFs, as for a missing one", async () => {
    const foreign = (await listOf(pages.other)).map((row) => row.href);
    expect(foreign.length).toBeGreaterThan(0);

    for (const href of foreign) {
      expect(await status(pages.client, href)).toBe(404);
      expect(await status(pages.client, `${href}/pdf`)).toBe(404);
    }
    const missing = await pages.client.goto(
      `${portal.base}/clients/invoices/999999`,
    );
    const missingText = await pages.client.locator("main").innerText();
    await pages.client.goto(portal.base + foreign[0]);
    expect(missing?.status()).toBe(404);
    expect(await scriptsOn(pages.client)).toBe(0);
    expect(await pages.client.locator("main").innerText()).toBe(missingText);
  });

  it("answers 404 to a contact without the Invoices permission, list and PDFs alike", async () => {
    const own = (await listOf(pages.client)).map((row) => row.href);

    expect(await status(pages.tickets, "/clients/invoices")).toBe(404);
    for (const href of own) {
      expect(await status(pages.tickets, href)).toBe(404);
      expect(await status(pages.tickets, `${href}/pdf`)).toBe(404);
    }
  });
});
