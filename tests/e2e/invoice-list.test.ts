// The invoice list of client@demo.test, with JavaScript switched off.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  follow,
  invoiceIds,
  launchBrowser,
  newPage,
  scriptsOn,
  signIn,
  startPortal,
  type Portal,
} from "./harness";
import { everyRow, minorOf, rowsOf, STATUSES } from "./invoice-table";

const DRAFTS = ["DEMO-0019", "DEMO-0026"];

let portal: Portal;
let browser: Browser;
let page: Page;
let list: string;

beforeAll(async () => {
  [portal, browser] = await Promise.all([startPortal(), launchBrowser()]);
  list = `${portal.base}/clients/invoices`;
  page = await newPage(browser);
  await signIn(page, portal.base, "client@demo.test");
});

afterAll(async () => {
  await browser?.close();
  await portal?.stop();
});

type Choice = { status?: string; sort?: string; dir?: string };

/** Chooses in the GET form and applies it, as a person would. */
async function apply(choice: Choice) {
  for (const [name, value] of Object.entries(choice)) {
    await page.locator(`form.filters select[name=${name}]`).selectOption(value);
  }
  const button = page.getByRole("button", { name: "Apply" });
  await follow(page, () => button.click());
  return rowsOf(page);
}

describe("the invoice list without JavaScript", () => {
  it("shows the invoice columns and every status a client can see", async () => {
    const response = await page.goto(list);

    expect(response?.status()).toBe(200);
    expect(await scriptsOn(page)).toBe(0);
    const headers = await page.locator("thead th").allInnerTexts();
    for (const header of ["Invoice #", "Date", "Due date", "Amount"]) {
      expect(headers).toContain(header);
    }
    expect(headers).toEqual(expect.arrayContaining(["Status", "Left to pay"]));
    const rows = await rowsOf(page);
    const statuses = new Set(rows.map((row) => row.status));
    expect([...statuses].sort()).toEqual([...STATUSES].sort());
    for (const row of rows.filter((r) => r.status === "OVERDUE")) {
      expect(minorOf(row.left)).toBeGreaterThan(0);
    }
  });

  it("never shows a draft: not in the list, under any filter, nor at its address", async () => {
    const pages = ["/clients", "/clients/invoices"];
    for (const status of [
      "paid",
      "partially_paid",
      "overdue",
      "unpaid",
      "cancelled",
    ]) {
      pages.push(`/clients/invoices?status=${status}`);
    }
    for (const path of pages) {
      await page.goto(portal.base + path);
      const html = await page.content();
      for (const draft of DRAFTS) expect(html).not.toContain(draft);
    }

    const ids = invoiceIds(portal, DRAFTS);
    expect(ids.size).toBe(DRAFTS.length);
    for (const id of ids.values()) {
      const get = (path: string) => page.request.get(`${list}/${id}${path}`);
      expect((await get("")).status()).toBe(404);
      expect((await get("/pdf")).status()).toBe(404);
    }
  });

  it("filters by status with a GET form, over the whole list", async () => {
    const all = await everyRow(page, list);
    expect(all.rows).toHaveLength(all.total);

    for (const [value, label] of [
      ["paid", "PAID"],
      ["partially_paid", "PARTIALLY PAID"],
      ["overdue", "OVERDUE"],
      ["unpaid", "UNPAID"],
      ["cancelled", "CANCELLED"],
    ]) {
      await page.goto(list);
      await apply({ status: value });
      const url = new URL(page.url());
      const { rows } = await everyRow(page, page.url());

      expect(url.searchParams.get("status")).toBe(value);
      expect(url.searchParams.has("page")).toBe(false);
      expect(rows.every((row) => row.status === label)).toBe(true);
      const expected = all.rows.filter((row) => row.status === label);
      expect(rows.map((row) => row.number).sort()).toEqual(
        expected.map((row) => row.number).sort(),
      );
    }
  });

  it("sorts by number, amount and due date in both directions", async () => {
    const byNumber = async (dir: string) =>
      (await everyRow(page, `${list}?sort=number&dir=${dir}`)).rows.map(
        (row) => row.number,
      );
    const numbers = await byNumber("asc");
    expect(numbers).toEqual([...numbers].sort());
    expect(await byNumber("desc")).toEqual([...numbers].reverse());

    await page.goto(list);
    const up = (await apply({ sort: "amount", dir: "asc" })).map((row) =>
      minorOf(row.amount),
    );
    expect(up).toEqual([...up].sort((a, b) => a - b));
    const down = (await apply({ dir: "desc" })).map((row) =>
      minorOf(row.amount),
    );
    expect(down).toEqual([...down].sort((a, b) => b - a));

    const due = (await apply({ sort: "due", dir: "asc" })).map((row) =>
      Date.parse(row.due),
    );
    expect(due.every(Number.isFinite)).toBe(true);
    expect(due).toEqual([...due].sort((a, b) => a - b));
  });

  it("pages through the list without repeating or skipping a row", async () => {
    for (const query of ["", "?sort=amount&dir=asc", "?sort=due&dir=desc"]) {
      const { rows, total } = await everyRow(page, list + query);
      const hrefs = rows.map((row) => row.href);

      // The demo company has more than one page of invoices.
      expect(total).toBeGreaterThan(25);
      expect(hrefs).toHaveLength(total);
      expect(new Set(hrefs).size).toBe(total);
    }
  });

  it("sends a page number that does not exist to a real page", async () => {
    // Past the end leads to the last page; nonsense leads to the first.
    for (const [asked, expected] of [
      ["?page=999", "?page=2"],
      ["?page=abc", "?page=1"],
      ["?page=0", "?page=1"],
      ["?status=paid&page=999", "?status=paid&page=2"],
    ]) {
      const response = await page.goto(list + asked);

      expect(response?.status()).toBe(200);
      expect(response?.request().redirectedFrom()).not.toBeNull();
      expect(new URL(page.url()).search).toBe(expected);
      expect((await rowsOf(page)).length).toBeGreaterThan(0);
    }
  });
});
