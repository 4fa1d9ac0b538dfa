// Reading the invoice list the way a person reads it: row by row, page by
// page, following the page's own links.
import type { Page } from "playwright-core";
import { follow } from "./harness";

export type Row = {
  href: string;
  number: string;
  issued: string;
  due: string;
  amount: string;
  status: string;
  left: string;
};

export const STATUSES = [
  "PAID",
  "UNPAID",
  "OVERDUE",
  "PARTIALLY PAID",
  "CANCELLED",
];

export function rowsOf(page: Page): Promise<Row[]> {
  return page.locator("table tbody tr").evaluateAll((rows) =>
    rows.map((row) => {
      const text = [...row.children].map((c) => c.textContent?.trim() ?? "");
      const [number, issued, due, amount, status, left] = text;
      const href = row.querySelector("th a")?.getAttribute("href") ?? "";
      return { href, number, issued, due, amount, status, left };
    }),
  );
}

/** The rows of every page from the one at `url`, and the total it states. */
export async function everyRow(page: Page, url: string) {
  await page.goto(url);
  const stated = await page.locator(".count").innerText();
  const total = Number(/(\d+)\s*$/.exec(stated)?.[1]);
  const rows = await rowsOf(page);

  const next = page.locator("nav a[rel=next]");
  while ((await next.count()) > 0) {
    await follow(page, () => next.click());
    rows.push(...(await rowsOf(page)));
  }
  return { rows, total };
}

/** "RON 11,731.71", "€1,027.57" or "1.234,56 lei" in minor units. */
export const minorOf = (amount: string) => Number(amount.replace(/\D/g, ""));

export const normalise = (text: string) => text.replace(/\s+/g, " ").trim();
