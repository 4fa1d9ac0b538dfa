// The contact's profile with JavaScript off, then axe and reflow on it.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { violations, withAxe } from "./axe";
import {
  follow,
  launchBrowser,
  newPage,
  pathOf,
  scriptsOn,
  signIn,
  startPortal,
  type Portal,
} from "./harness";

const EMAIL = "client@demo.test";
const NEW_PASSWORD = "a brand new passphrase";

let portal: Portal;
let browser: Browser;

beforeAll(async () => {
  [portal, browser] = await Promise.all([startPortal(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await portal?.stop();
});

const submit = (page: Page, intent: "details" | "password") =>
  follow(page, () => page.locator(`button[value=${intent}]`).click());

async function changePassword(page: Page, current: string) {
  await page.locator("#currentPassword").fill(current);
  await page.locator("#newPassword").fill(NEW_PASSWORD);
  await page.locator("#confirmPassword").fill(NEW_PASSWORD);
  return submit(page, "password");
}

const banner = (page: Page) => page.locator("[role=status]");

describe("the profile without JavaScript", () => {
  it("edits the details, then changes the password, with plain forms", async () => {
    const page = await newPage(browser);
    await signIn(page, portal.base, EMAIL);
    const link = page.getByRole("link", { name: /^Profile: Maria Popescu/ });
    await follow(page, () => link.click());

    expect(pathOf(page)).toBe("/clients/profile");
    expect(await scriptsOn(page)).toBe(0);
    await expect(page.locator("main dl").innerText()).resolves.toMatch(
      /RO14399840[\s\S]*Cluj-Napoca/,
    );
    const email = page.locator("#email");
    await expect(email.getAttribute("readonly")).resolves.not.toBeNull();

    await page.locator("#firstName").fill("");
    await page.locator("#phone").fill("0721 abc");
    const refused = await submit(page, "details");
    expect(refused.status()).toBe(400);
    expect(await page.title()).toMatch(/^Error: Your profile/);
    await expect(page.locator("#firstName-error").innerText()).resolves.toBe(
      "Enter your first name",
    );
    await expect(page.locator("#phone").inputValue()).resolves.toBe("0721 abc");
    expect(await page.locator(".error-summary a").count()).toBe(2);

    await page.locator("#firstName").fill("Mara");
    await page.locator("#phone").fill("+40 721 234 567");
    await page.getByLabel("Română").check();
    await submit(page, "details");
    expect(pathOf(page)).toBe("/clients/profile");
    expect(await page.locator("html").getAttribute("lang")).toBe("ro");
    await expect(banner(page).innerText()).resolves.toBe(
      "Datele dvs. au fost salvate.",
    );
    await expect(page.locator(".account-name").innerText()).resolves.toBe(
      "Mara Popescu",
    );
    await follow(page, () => page.reload());
    expect(await banner(page).count()).toBe(0);

    const wrong = await changePassword(page, "not-the-password");
    expect(wrong.status()).toBe(400);
    await expect(
      page.locator("#currentPassword-error").innerText(),
    ).resolves.toMatch(/Parola actuală nu este corectă/);
    await changePassword(page, "demo-password");
    await expect(banner(page).innerText()).resolves.toMatch(/^Parola a fost/);

    const signOut = page.getByRole("button", { name: "Ieșire din cont" });
    await follow(page, () => signOut.click());
    const old = await signIn(page, portal.base, EMAIL);
    expect(old.status()).toBe(400);
    await signIn(page, portal.base, EMAIL, { password: NEW_PASSWORD });
    expect(pathOf(page)).toBe("/clients");
  });
});

describe("accessibility of the profile", () => {
  it("finds no serious axe violation, with and without errors", async () => {
    const page = await newPage(browser, withAxe);
    await signIn(page, portal.base, "other@demo.test");
    await page.goto(`${portal.base}/clients/profile`);
    expect(await violations(page)).toEqual([]);

    await page.locator("#lastName").fill("");
    await page.locator("#phone").fill("12");
    await submit(page, "details");
    expect(await page.title()).toMatch(/^Eroare: /);
    expect(await violations(page)).toEqual([]);

    await submit(page, "password");
    await expect(page.locator(".error-summary").innerText()).resolves.toMatch(
      /parola actuală/,
    );
    expect(await violations(page)).toEqual([]);
  });

  it("never scrolls the profile sideways at 320 px", async () => {
    const viewport = { width: 320, height: 640 };
    const page = await newPage(browser, { viewport });
    await signIn(page, portal.base, "multi@demo.test", {
      choose: "Țesătoria Bârsei SRL",
    });
    await page.goto(`${portal.base}/clients/profile`);
    await submit(page, "password");

    expect(await page.locator("#currentPassword-error").count()).toBe(1);
    const width = await page.evaluate(
      () => document.documentElement.scrollWidth,
    );
    expect(width).toBeLessThanOrEqual(320);
  });
});
