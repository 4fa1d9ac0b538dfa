// The end-to-end harness: the built app on a free port of 127.0.0.1 over a
// fresh demo database, and Debian's Chromium driven by playwright-core.
import Database from "better-sqlite3";
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import {
  chromium,
  request,
  type Browser,
  type BrowserContextOptions,
  type Cookie,
  type Page,
  type Response,
} from "playwright-core";

export const PASSWORD = "demo-password";

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export type Portal = {
  base: string;
  databasePath: string;
  stop: () => Promise<void>;
};

const BUILD_LOCK = "node_modules/.cache/portal-e2e-build";

/**
 * The test command builds first; a bare `vitest run` builds here, once:
 * the first file to take the lock builds, the others wait for it.
 */
export async function ensureBuild() {
  if (existsSync("build/index.js")) return;
  mkdirSync(dirname(BUILD_LOCK), { recursive: true });
  try {
    mkdirSync(BUILD_LOCK);
  } catch {
    const deadline = Date.now() + 60_000;
    while (existsSync(BUILD_LOCK) && Date.now() < deadline) await sleep(200);
    if (existsSync("build/index.js")) return;
    throw new Error(`no build appeared; remove ${BUILD_LOCK} if stale`);
  }
  try {
    execFileSync("node_modules/.bin/remix", ["build"], { stdio: "pipe" });
  } finally {
    rmSync(BUILD_LOCK, { recursive: true, force: true });
  }
}

export async function startPortal(
  extra: Record<string, string> = {},
): Promise<Portal> {
  await ensureBuild();
  const dir = mkdtempSync(join(tmpdir(), "portal-e2e-"));
  const databasePath = join(dir, "portal.sqlite");
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    NODE_ENV: "production",
    LOG_LEVEL: "silent",
    TIME_ZONE: "Europe/Bucharest",
    DATABASE_PATH: databasePath,
    HOST: "127.0.0.1",
    PORT: "0",
    ...extra,
  };
  try {
    execFileSync("node_modules/.bin/tsx", ["scripts/prepare.ts"], {
      env,
      stdio: "pipe",
    });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }

  const child = spawn(process.execPath, ["server/index.js"], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  // A worker that dies mid-file must not leave its server behind.
  const orphan = () => child.kill("SIGKILL");
  process.once("exit", orphan);
  const base = await addressOf(child).catch(async (error) => {
    await stopChild(child);
    throw error;
  });
  const stop = async () => {
    process.off("exit", orphan);
    await stopChild(child);
    rmSync(dir, { recursive: true, force: true });
  };
  return { base, databasePath, stop };
}

// The server prints its address once it listens on the port it was given.
function addressOf(child: ChildProcess) {
  return new Promise<string>((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => fail("did not start in 20 s"), 20_000);
    const fail = (why: string) => {
      clearTimeout(timer);
      reject(new Error(`the portal ${why}: ${out.slice(-500)}`));
    };
    child.stderr!.on("data", (chunk) => (out += chunk));
    child.stdout!.on("data", (chunk) => {
      out += chunk;
      const found = /Client portal: (http:\/\/[^/\s]+)\//.exec(out);
      if (!found) return;
      clearTimeout(timer);
      resolve(found[1]);
    });
    child.on("exit", (code) => fail(`exited with ${code}`));
  });
}

function stopChild(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve();
  }
  return new Promise<void>((resolve) => {
    const kill = setTimeout(() => child.kill("SIGKILL"), 5_000);
    child.once("exit", () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

export function launchBrowser() {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
  });
}

type PageOptions = BrowserContextOptions & { js?: boolean };

/** A page in its own context: JavaScript off unless asked, English. */
export async function newPage(browser: Browser, options: PageOptions = {}) {
  const { js = false, ...rest } = options;
  const context = await browser.newContext({
    javaScriptEnabled: js,
    locale: "en-GB",
    ...rest,
  });
  // Pages are whole once loaded: what is not there is not coming.
  context.setDefaultTimeout(10_000);
  return context.newPage();
}

/**
 * Acts, waits for the page that loads, and resolves to that page's response
 * (after any redirects).
 */
export async function follow(page: Page, act: () => Promise<unknown>) {
  let last: Response | null = null;
  const record = (response: Response) => {
    const req = response.request();
    if (req.isNavigationRequest() && req.frame() === page.mainFrame()) {
      last = response;
    }
  };
  page.on("response", record);
  const loaded = page.waitForEvent("load");
  await act();
  await loaded;
  page.off("response", record);
  if (!last) throw new Error(`no page loaded at ${page.url()}`);
  return last as Response;
}

/** Submits the page's main form with its submit button. */
export function submitMain(page: Page) {
  const button = page.locator("main form button[type=submit]").first();
  return follow(page, () => button.click());
}

type SignInOptions = { password?: string; choose?: string; from?: string };

/** The two sign-in steps (and the choice step when `choose` names one). */
export async function signIn(
  page: Page,
  base: string,
  email: string,
  { password = PASSWORD, choose, from }: SignInOptions = {},
) {
  await page.goto(from ?? `${base}/authentication/login`);
  await page.locator("input[name=email]").fill(email);
  await submitMain(page);
  await page.locator("input[name=password]").fill(password);
  let response = await submitMain(page);
  if (choose) {
    await page.getByRole("radio", { name: choose }).check();
    response = await submitMain(page);
  }
  return response;
}

export const pathOf = (page: Page) => new URL(page.url()).pathname;

/** Scripts and module preloads on the page: zero on a no-JS page. */
export function scriptsOn(page: Page) {
  return page.locator("script, link[rel=modulepreload]").count();
}

/** A fresh HTTP client that sends only the given cookies. */
export function replay(base: string, cookies: Cookie[]) {
  return request.newContext({
    baseURL: base,
    storageState: { cookies, origins: [] },
  });
}

/** Ids of invoices by number, read from the portal's own database file. */
export function invoiceIds(portal: Portal, numbers: string[]) {
  const db = new Database(portal.databasePath, { readonly: true });
  try {
    const marks = numbers.map(() => "?").join(", ");
    const rows = db
      .prepare(`select id, number from invoices where number in (${marks})`)
      .all(...numbers) as { id: number; number: string }[];
    return new Map(rows.map((row) => [row.number, row.id]));
  } finally {
    db.close();
  }
}
