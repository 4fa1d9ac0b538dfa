// Sign-in, the choice step and sign-out, with JavaScript switched off.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  follow,
  launchBrowser,
  newPage,
  pathOf,
  replay,
  scriptsOn,
  signIn,
  startPortal,
  submitMain,
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

async function toPasswordStep(page: Page, email: string) {
  await page.goto(`${portal.base}/authentication/login`);
  await page.locator("input[name=email]").fill(email);
  return submitMain(page);
}

describe("signing in without JavaScript", () => {
  it("asks for the email, then the password, keeping the email for password managers", async () => {
    const page = await newPage(browser);
    await page.goto(`${portal.base}/authentication/login`);
    expect(await scriptsOn(page)).toBe(0);
    await page.locator("input[name=email]").fill("client@demo.test");
    await submitMain(page);

    expect(pathOf(page)).toBe("/authentication/password");
    expect(await scriptsOn(page)).toBe(0);
    const kept = page.locator("input[autocomplete=username]");
    await expect(kept.inputValue()).resolves.toBe("client@demo.test");
    await page.locator("input[name=password]").fill("demo-password");
    await submitMain(page);

    expect(pathOf(page)).toBe("/clients");
    expect(await scriptsOn(page)).toBe(0);
  });

  it("keeps a wrong email typed at step 1 and explains it beside the field", async () => {
    const page = await newPage(browser);
    const response = await toPasswordStep(page, "not an email");

    expect(response.status()).toBe(400);
    expect(pathOf(page)).toBe("/authentication/login");
    expect(await page.title()).toMatch(/^Error: /);
    const field = page.locator("input[name=email]");
    await expect(field.inputValue()).resolves.toBe("not an email");
    const message = page.locator("#email-error");
    await expect(message.innerText()).resolves.toMatch(/correct format/);
    const described = await field.getAttribute("aria-describedby");
    expect(described?.split(" ")).toContain("email-error");
    const summary = page.locator(".error-summary a[href='#email']");
    expect(await summary.count()).toBe(1);
  });

  it("stays on the password step after a wrong password, with the error linked to the field", async () => {
    const page = await newPage(browser);
    await toPasswordStep(page, "client@demo.test");
    await page.locator("input[name=password]").fill("not-the-password");
    const response = await submitMain(page);

    expect(response.status()).toBe(400);
    expect(pathOf(page)).toBe("/authentication/password");
    expect(await page.title()).toMatch(/^Error: /);
    const summary = page.locator("[role=alert]", { hasText: "problem" });
    await expect(summary.locator("a").getAttribute("href")).resolves.toBe(
      "#password",
    );
    await expect(page.locator("#password-error").innerText()).resolves.toMatch(
      /not right/,
    );
    const kept = page.locator("input[autocomplete=username]");
    await expect(kept.inputValue()).resolves.toBe("client@demo.test");
    await expect(page.locator("#password").inputValue()).resolves.toBe("");
  });

  it("tells a contact with no permission, in plain words, that they cannot enter", async () => {
    const page = await newPage(browser);
    await signIn(page, portal.base, "blocked@demo.test");

    expect(pathOf(page)).toMatch(/^\/authentication\//);
    const alert = page.locator("[role=alert]");
    await expect(alert.innerText()).resolves.toMatch(
      /does not have access to any section/,
    );
    const list = await page.request.get(`${portal.base}/clients/invoices`, {
      maxRedirects: 0,
    });
    expect(list.status()).toBe(302);
  });

  it("sends a visitor of the invoice list to sign in and back to the list", async () => {
    const page = await newPage(browser);
    await page.goto(`${portal.base}/clients/invoices`);
    const at = new URL(page.url());

    expect(at.pathname).toBe("/authentication/login");
    expect(at.searchParams.get("next")).toBe("/clients/invoices");
    await signIn(page, portal.base, "client@demo.test", { from: page.url() });
    expect(pathOf(page)).toBe("/clients/invoices");
  });

  it("offers both companies to a contact of two and opens the chosen one's invoices", async () => {
    const page = await newPage(browser);
    await page.goto(`${portal.base}/clients/invoices`);
    await signIn(page, portal.base, "multi@demo.test", { from: page.url() });

    expect(pathOf(page)).toBe("/authentication/choose");
    expect(await scriptsOn(page)).toBe(0);
    const radios = page.getByRole("radio");
    const names = await radios.evaluateAll((inputs) =>
      inputs.map((input) => (input as HTMLInputElement).labels?.[0].innerText),
    );
    expect(names).toEqual(["Demo Client SRL", "Țesătoria Bârsei SRL"]);
    await page.getByRole("radio", { name: "Țesătoria Bârsei SRL" }).check();
    await submitMain(page);

    expect(pathOf(page)).toBe("/clients/invoices");
    const numbers = await page.locator("tbody th[scope=row]").allInnerTexts();
    expect(numbers.length).toBeGreaterThan(0);
    expect(numbers.every((n) => n.startsWith("TB-"))).toBe(true);
  });

  it("ends the session on sign-out, so replaying the old cookie opens nothing", async () => {
    const page = await newPage(browser);
    await signIn(page, portal.base, "client@demo.test");
    const cookies = await page.context().cookies();
    const before = await replay(portal.base, cookies);
    const opts = { maxRedirects: 0 };
    expect((await before.get("/clients/invoices", opts)).status()).toBe(200);

    const signOut = page.getByRole("button", { name: "Sign out" });
    await follow(page, () => signOut.click());
    expect(pathOf(page)).toBe("/authentication/login");
    const notice = page.locator("[role=status]");
    expect(await notice.innerText()).toBe("You have signed out.");
    // Shown once: a reload does not say it again.
    await page.reload();
    expect(await notice.count()).toBe(0);
    await page.goto(`${portal.base}/clients/invoices`);
    expect(pathOf(page)).toBe("/authentication/login");

    const after = await replay(portal.base, cookies);
    const response = await after.get("/clients/invoices", opts);
    expect(response.status()).toBe(302);
    expect(response.headers().location).toMatch(/^\/authentication\/login/);
    await Promise.all([before.dispose(), after.dispose()]);
  });

  it("switches the sign-in page between Romanian and English with plain forms", async () => {
    const page = await newPage(browser);
    await page.goto(`${portal.base}/authentication/login`);
    const lang = () => page.locator("html").getAttribute("lang");
    expect(await lang()).toBe("en");

    await follow(page, () =>
      page.getByRole("button", { name: "Română" }).click(),
    );
    expect(await lang()).toBe("ro");
    expect(pathOf(page)).toBe("/authentication/login");
    await expect(page.locator("h1").innerText()).resolves.toBe("Autentificare");

    await follow(page, () =>
      page.getByRole("button", { name: "English" }).click(),
    );
    expect(await lang()).toBe("en");
    await expect(page.locator("h1").innerText()).resolves.toBe("Sign in");
  });
});
