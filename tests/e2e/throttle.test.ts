// Throttling has its own server: its failures must not lock out other files.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  launchBrowser,
  newPage,
  pathOf,
  signIn,
  startPortal,
  type Portal,
} from "./harness";

let portal: Portal;
let browser: Browser;

beforeAll(async () => {
  [portal, browser] = await Promise.all([startPortal(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await portal?.stop();
});

describe("throttling failed sign-ins", () => {
  it("refuses even the right password after five wrong ones for the same email", async () => {
    const page = await newPage(browser);
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      const wrong = await signIn(page, portal.base, "client@demo.test", {
        password: `wrong-${attempt}`,
      });
      expect(wrong.status()).toBe(400);
    }

    const right = await signIn(page, portal.base, "client@demo.test");
    expect(right.status()).toBe(429);
    expect(pathOf(page)).toBe("/authentication/password");
    const alert = page.locator("[role=alert]");
    await expect(alert.innerText()).resolves.toMatch(/too many/i);
    const list = await page.request.get(`${portal.base}/clients/invoices`, {
      maxRedirects: 0,
    });
    expect(list.status()).toBe(302);
  });

  it("still lets another account sign in from the same address", async () => {
    const page = await newPage(browser);
    await signIn(page, portal.base, "other@demo.test");
    expect(pathOf(page)).toBe("/clients");
  });
});
