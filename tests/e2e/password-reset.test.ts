// A forgotten password, with JavaScript off: the link is read out of the
// portal's mail outbox, as no mail leaves without SMTP settings.
import Database from "better-sqlite3";
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
  submitMain,
  type Portal,
} from "./harness";

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

/** The newest mail to an address, from the portal's own database file. */
function lastMailTo(email: string) {
  const db = new Database(portal.databasePath, { readonly: true });
  try {
    const row = db
      .prepare(
        "select subject, body_text as body from mail_outbox " +
          "where to_address = ? order by id desc limit 1",
      )
      .get(email) as { subject: string; body: string } | undefined;
    const link = row && /http\S+\/authentication\/reset\/\S+/.exec(row.body);
    if (!link) throw new Error(`no reset link was mailed to ${email}`);
    return { subject: row.subject, link: link[0] };
  } finally {
    db.close();
  }
}

async function askForLink(page: Page, email: string) {
  await page.goto(`${portal.base}/authentication/forgot`);
  await page.locator("input[name=email]").fill(email);
  return submitMain(page);
}

async function choose(page: Page, secret: string, confirm = secret) {
  await page.locator("input[name=password]").fill(secret);
  await page.locator("input[name=confirm]").fill(confirm);
  return submitMain(page);
}

describe("resetting a forgotten password without JavaScript", () => {
  it("mails a link from the password step that sets a new password once", async () => {
    const page = await newPage(browser);
    await page.goto(`${portal.base}/authentication/login`);
    await page.locator("input[name=email]").fill("client@demo.test");
    await submitMain(page);
    const forgot = page.getByRole("link", { name: "Forgot your password?" });
    await follow(page, () => forgot.click());

    expect(pathOf(page)).toBe("/authentication/forgot");
    expect(await scriptsOn(page)).toBe(0);
    const email = page.locator("input[name=email]");
    await expect(email.inputValue()).resolves.toBe("client@demo.test");

    await email.fill("client@");
    const refused = await submitMain(page);
    expect(refused.status()).toBe(400);
    expect(await page.title()).toMatch(/^Error: /);
    await expect(email.inputValue()).resolves.toBe("client@");
    await expect(page.locator("#email-error").innerText()).resolves.toMatch(
      /correct format/,
    );
    expect(await page.locator(".error-summary a[href='#email']").count()).toBe(
      1,
    );

    await email.fill("client@demo.test");
    await submitMain(page);
    expect(pathOf(page)).toBe("/authentication/forgot/sent");
    await expect(page.locator("main").innerText()).resolves.toMatch(
      /If client@demo\.test has a portal account, we have sent a link.* valid for 24 hours/,
    );

    const { link } = lastMailTo("client@demo.test");
    expect(link.startsWith(`${portal.base}/authentication/reset/`)).toBe(true);
    const opened = await follow(page, () => page.goto(link));
    expect(opened.status()).toBe(200);
    expect(await scriptsOn(page)).toBe(0);
    const fresh = page.locator("input[autocomplete=new-password]");
    expect(await fresh.count()).toBe(2);

    const short = await choose(page, "too short");
    expect(short.status()).toBe(400);
    expect(await page.title()).toMatch(/^Error: /);
    await expect(page.locator("#password-error").innerText()).resolves.toMatch(
      /at least 10 characters/,
    );

    await choose(page, NEW_PASSWORD);
    expect(pathOf(page)).toBe("/authentication/login");
    await expect(page.locator("[role=status]").innerText()).resolves.toBe(
      "Your password has been changed. Sign in with it.",
    );

    const again = await follow(page, () => page.goto(link));
    expect(again.status()).toBe(410);
    await expect(page.locator("h1").innerText()).resolves.toBe(
      "This link no longer works",
    );
    const askNew = page.getByRole("link", { name: "Ask for a new link" });
    await expect(askNew.getAttribute("href")).resolves.toBe(
      "/authentication/forgot",
    );

    const old = await signIn(page, portal.base, "client@demo.test");
    expect(old.status()).toBe(400);
    await signIn(page, portal.base, "client@demo.test", {
      password: NEW_PASSWORD,
    });
    expect(pathOf(page)).toBe("/clients");
  });

  it("answers an address without an account exactly like one with", async () => {
    const page = await newPage(browser);
    await askForLink(page, "nobody@demo.test");

    expect(pathOf(page)).toBe("/authentication/forgot/sent");
    await expect(page.locator("main").innerText()).resolves.toMatch(
      /If nobody@demo\.test has a portal account/,
    );
    expect(() => lastMailTo("nobody@demo.test")).toThrow(/no reset link/);
  });
});

describe("accessibility of the reset pages", () => {
  it("finds no serious axe violation on the forgot page with an error", async () => {
    const page = await newPage(browser, withAxe);
    await askForLink(page, "nope");

    expect(await page.title()).toMatch(/^Error: /);
    expect(await violations(page)).toEqual([]);
  });

  it("finds no serious axe violation on the reset page, with and without an error", async () => {
    const page = await newPage(browser, withAxe);
    await askForLink(page, "other@demo.test");
    const { subject, link } = lastMailTo("other@demo.test");
    expect(subject).toBe("Resetarea parolei din portalul clienților");

    await page.goto(link);
    expect(await violations(page)).toEqual([]);
    await choose(page, NEW_PASSWORD, "not the same passphrase");
    await expect(page.locator("#confirm-error").innerText()).resolves.toMatch(
      /not the same/,
    );
    expect(await violations(page)).toEqual([]);
  });
});
