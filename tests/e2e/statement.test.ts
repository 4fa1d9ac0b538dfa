// The account statement page, its GET period form and its PDF. JavaScript
// off, except where axe needs it.
import { readFile } from "node:fs/promises";
import type { Browser, Page } from "playwright-core";
import pdf from "pdf-parse/lib/pdf-parse.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatDate } from "../../app/lib/format";
import { addDays, todayIn } from "../../server/dates";
import { violations, withAxe } from "./axe";
import {
  launchBrowser,
  newPage,
  scriptsOn,
  signIn,
  startPortal,
  submitMain,
  type Portal,
} from "./harness";
import { normalise } from "./invoice-table";

let portal: Portal;
let browser: Browser;

beforeAll(async () => {
  [portal, browser] = await Promise.all([startPortal(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await portal?.stop();
});

const today = todayIn("Europe/Bucharest");
const from = addDays(today, -100);

async function statementOf(email: string, options = {}) {
  const page = await newPage(browser, options);
  await signIn(page, portal.base, email);
  await page.goto(`${portal.base}/clients/statement`);
  return page;
}

/** Follows the page's PDF link as a person would: a download. */
async function downloadPdf(page: Page, name: string) {
  const link = page.getByRole("link", { name });
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    link.click(),
  ]);
  const bytes = await readFile((await download.path())!);
  const { text } = await pdf(bytes);
  expect(text).not.toContain("\uFFFD");
  return { text: normalise(text), name: download.suggestedFilename() };
}

/** Each currency block's opening and closing rows, as the page shows them. */
function balancesOn(page: Page) {
  return page.locator("main table").evaluateAll((tables) =>
    tables.map((table) => {
      const text = (row: Element | null) =>
        [...(row?.children ?? [])].map((cell) => cell.textContent).join("");
      return {
        opening: text(table.querySelector("tbody tr")),
        closing: text(table.querySelector("tfoot tr.grand-total")),
        references: [...table.querySelectorAll("tbody tr td:nth-child(3)")]
          .map((cell) => cell.textContent ?? "")
          .filter(Boolean),
      };
    }),
  );
}

describe("the statement without JavaScript", () => {
  it("changes the period with the GET form and downloads it as a PDF", async () => {
    const page = await statementOf("client@demo.test");
    expect(await scriptsOn(page)).toBe(0);

    await page.getByLabel("From").fill(formatDate(from, "ro"));
    await page.getByLabel("To").fill(formatDate(today, "ro"));
    const response = await submitMain(page);
    expect(response.status()).toBe(200);
    const query = new URL(page.url()).searchParams;
    expect(query.get("from")).toBe(formatDate(from, "ro"));
    const href = await page
      .getByRole("link", { name: "Download PDF" })
      .getAttribute("href");
    expect(href).toBe(`/clients/statement/pdf?from=${from}&to=${today}`);

    const blocks = await balancesOn(page);
    const { text, name } = await downloadPdf(page, "Download PDF");
    expect(name).toBe(`Account-statement_Demo-Client-SRL_${from}_${today}.pdf`);
    expect(text).toContain("Account statement");
    expect(text).toContain("Demo Client SRL");
    expect(blocks.length).toBeGreaterThan(1);
    for (const block of blocks) {
      expect(text).toContain(normalise(block.opening));
      expect(text).toContain(normalise(block.closing));
      for (const reference of block.references) {
        expect(text).toContain(normalise(reference));
      }
    }
  });

  it("offers no PDF while the period is wrong", async () => {
    const page = await statementOf("client@demo.test");
    await page.getByLabel("From").fill("31.02.2026");
    const response = await submitMain(page);

    expect(response.status()).toBe(400);
    await expect(page.locator(".error-summary").innerText()).resolves.toMatch(
      /day that exists/,
    );
    expect(await page.getByRole("link", { name: "Download PDF" }).count()).toBe(
      0,
    );
  });

  it("gives a Romanian contact the PDF in Romanian, diacritics intact", async () => {
    const page = await statementOf("other@demo.test");
    const { text, name } = await downloadPdf(page, "Descarcă PDF");

    expect(name).toMatch(/^Fișa-de-cont_Țesătoria-Bârsei-SRL_\d{4}-01-01_/);
    expect(text).toContain("Fișa de cont");
    expect(text).toContain("Sold inițial la");
    expect(text).not.toContain("DEMO-");
  });
});

describe("statement accessibility", () => {
  it("finds no serious axe violation on the statement page", async () => {
    const page = await statementOf("client@demo.test", withAxe);

    expect(await violations(page)).toEqual([]);
  });

  it("finds no serious axe violation on the statement with a date error", async () => {
    const page = await statementOf("client@demo.test", withAxe);
    await page.goto(`${portal.base}/clients/statement?from=x&to=31.02.2026`);

    expect(await page.locator(".error-summary").count()).toBe(1);
    expect(await violations(page)).toEqual([]);
  });
});
