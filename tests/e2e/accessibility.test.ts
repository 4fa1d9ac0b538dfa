// axe-core on every page state, error states included, and reflow at 320 px.
// axe needs JavaScript, so these pages are rendered with it on; they are the
// same pages the no-JS journeys use.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  follow,
  launchBrowser,
  newPage,
  pathOf,
  signIn,
  startPortal,
  submitMain,
  type Portal,
} from "./harness";
import { violations, withAxe } from "./axe";
import { rowsOf } from "./invoice-table";

let portal: Portal;
let browser: Browser;
const signedIn: Record<string, Page> = {};

beforeAll(async () => {
  [portal, browser] = await Promise.all([startPortal(), launchBrowser()]);
  for (const who of ["client", "other"]) {
    signedIn[who] = await newPage(browser, withAxe);
    await signIn(signedIn[who], portal.base, `${who}@demo.test`);
  }
});

afterAll(async () => {
  await browser?.close();
  await portal?.stop();
});

const url = (path: string) => portal.base + path;

async function emailStep(page: Page, email: string) {
  await page.goto(url("/authentication/login"));
  await page.locator("input[name=email]").fill(email);
  await submitMain(page);
}

async function firstInvoice(page: Page) {
  await page.goto(url("/clients/invoices"));
  await follow(page, () => page.locator("tbody th a").first().click());
}

const signInAs = (email: string, password?: string) => (page: Page) =>
  signIn(page, portal.base, email, { password });

// Each state: its name, how to reach it, and whose session it needs (none:
// a fresh visitor).
const STATES: [string, (page: Page) => Promise<unknown>, string?][] = [
  ["sign-in step 1", (page) => page.goto(url("/authentication/login"))],
  ["sign-in step 1 with an error", (page) => emailStep(page, "nope")],
  ["sign-in step 2", (page) => emailStep(page, "client@demo.test")],
  ["sign-in step 2 with an error", signInAs("client@demo.test", "x")],
  ["a refused sign-in", signInAs("blocked@demo.test")],
  ["the choice step", signInAs("multi@demo.test")],
  [
    "the choice step with an error",
    async (page) => {
      await signIn(page, portal.base, "multi@demo.test");
      await submitMain(page);
    },
  ],
  ["the dashboard", (page) => page.goto(url("/clients")), "client"],
  ["the invoice list", (page) => page.goto(url("/clients/invoices")), "client"],
  [
    "the invoice list in Romanian",
    (page) => page.goto(url("/clients/invoices")),
    "other",
  ],
  ["an invoice page", firstInvoice, "client"],
  [
    "the 404 page",
    (page) => page.goto(url("/clients/invoices/999999")),
    "client",
  ],
  ["the 404 page outside the portal", (page) => page.goto(url("/nowhere"))],
];

describe("accessibility", () => {
  it.each(STATES)("finds no serious axe violation on %s", async (...state) => {
    const [, reach, who] = state;
    const page = who ? signedIn[who] : await newPage(browser, withAxe);
    await reach(page);
    expect(await violations(page)).toEqual([]);
  });

  it("catches a serious violation when there is one", async () => {
    const page = await newPage(browser, withAxe);
    await page.goto(url("/authentication/login"));
    await page.evaluate(() => {
      document.querySelector("main")!.append(document.createElement("img"));
    });
    expect(await violations(page)).toEqual([
      expect.stringMatching(/^image-alt \(critical\): /),
    ]);
  });
});

describe("reflow at 320 px", () => {
  const narrow = { viewport: { width: 320, height: 640 } };
  const scrollWidth = (page: Page) =>
    page.evaluate(() => document.documentElement.scrollWidth);

  it.each(["client", "other"])(
    "never scrolls the invoice list or a part-paid invoice sideways for %s@",
    async (who) => {
      const page = await newPage(browser, narrow);
      await signIn(page, portal.base, `${who}@demo.test`);
      await page.goto(url("/clients/invoices"));
      expect(await scrollWidth(page)).toBeLessThanOrEqual(320);

      // The longest "left to pay" is the widest summary on an invoice page.
      const rows = await rowsOf(page);
      const widest = rows.sort((a, b) => b.left.length - a.left.length)[0];
      await page.goto(url(widest.href));
      expect(pathOf(page)).toMatch(/^\/clients\/invoices\/\d+$/);
      expect(await scrollWidth(page)).toBeLessThanOrEqual(320);
    },
  );

  it("never scrolls the sign-in page sideways", async () => {
    const page = await newPage(browser, narrow);
    await page.goto(url("/authentication/login"));
    expect(await scrollWidth(page)).toBeLessThanOrEqual(320);
  });
});
