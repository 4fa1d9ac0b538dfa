// The core journey again with JavaScript on: nothing may break or complain.
import { readFile } from "node:fs/promises";
import type { Browser, Page } from "playwright-core";
import pdf from "pdf-parse/lib/pdf-parse.js";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  follow,
  launchBrowser,
  newPage,
  pathOf,
  signIn,
  startPortal,
  type Portal,
} from "./harness";

let portal: Portal;
let browser: Browser;
let page: Page;
let problems: string[];

beforeAll(async () => {
  [portal, browser] = await Promise.all([startPortal(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await portal?.stop();
});

beforeEach(async () => {
  page = await newPage(browser, { js: true });
  problems = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(error.message));
});

describe("with JavaScript on", () => {
  it("signs in, reads an invoice, downloads its PDF and signs out without errors", async () => {
    await signIn(page, portal.base, "client@demo.test");
    expect(pathOf(page)).toBe("/clients");

    await page.goto(`${portal.base}/clients/invoices`);
    const first = page.locator("tbody th[scope=row] a").first();
    const number = await first.innerText();
    await follow(page, () => first.click());
    await expect(page.locator("h1").innerText()).resolves.toBe(
      `Invoice ${number}`,
    );

    const download = page.waitForEvent("download");
    await page.locator("main a[href$='/pdf']").click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`${number}.pdf`);
    const { text } = await pdf(await readFile((await file.path())!));
    expect(text).toContain(number);

    const signOut = page.getByRole("button", { name: "Sign out" });
    await follow(page, () => signOut.click());
    await page.goto(`${portal.base}/clients/invoices`);
    expect(pathOf(page)).toBe("/authentication/login");
    expect(problems).toEqual([]);
  });

  it("keeps a wrong password on the password step with its message", async () => {
    const response = await signIn(page, portal.base, "client@demo.test", {
      password: "not-the-password",
    });

    expect(response.status()).toBe(400);
    expect(pathOf(page)).toBe("/authentication/password");
    await expect(page.locator("#password-error").innerText()).resolves.toMatch(
      /not right/,
    );
    // Chromium logs the 400 answer itself as a failed resource load.
    const failed = /^Failed to load resource: .* status of 400/;
    expect(problems.filter((p) => !failed.test(p))).toEqual([]);
  });

  it("lets a contact of two companies choose one", async () => {
    await signIn(page, portal.base, "multi@demo.test", {
      choose: "Țesătoria Bârsei SRL",
    });

    expect(pathOf(page)).toBe("/clients");
    await expect(page.locator("aside").innerText()).resolves.toContain(
      "Țesătoria Bârsei SRL",
    );
    expect(problems).toEqual([]);
  });
});
