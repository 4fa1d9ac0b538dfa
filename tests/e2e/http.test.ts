// What the HTTP server itself refuses before a page is reached.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPortal, type Portal } from "./harness";

let portal: Portal;
let behindProxy: Portal;

beforeAll(async () => {
  [portal, behindProxy] = await Promise.all([
    startPortal(),
    startPortal({ PUBLIC_URL: "https://portal.example.invalid" }),
  ]);
});

afterAll(async () => {
  await Promise.all([portal?.stop(), behindProxy?.stop()]);
});

const login = (base: string, init: RequestInit) =>
  fetch(`${base}/authentication/login`, { redirect: "manual", ...init });

describe("the HTTP server", () => {
  it("refuses a page post that is not an HTML form, quietly", async () => {
    const response = await login(portal.base, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: "{}",
    });
    expect(response.status).toBe(415);
  });

  it("answers methods other than GET, HEAD and POST with 405", async () => {
    const response = await login(portal.base, { method: "DELETE" });
    expect(response.status).toBe(405);
    expect(response.headers.get("Allow")).toBe("GET, HEAD, POST");
  });

  it("refuses a form posted from another site", async () => {
    const response = await login(portal.base, {
      method: "POST",
      headers: {
        "Content-Type": "application/x-www-form-urlencoded",
        Origin: "https://elsewhere.invalid",
      },
      body: "email=a%40b.test",
    });
    expect(response.status).toBe(403);
  });

  it("refuses a form body larger than a megabyte", async () => {
    const response = await login(portal.base, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: `email=${"a".repeat(2 * 1024 * 1024)}`,
    });
    expect(response.status).toBe(413);
  });

  it("sends its security headers with every page", async () => {
    const response = await login(portal.base, {});
    const csp = response.headers.get("Content-Security-Policy") ?? "";
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/script-src 'self' 'nonce-[^']+'/);
    expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(response.headers.get("Cache-Control")).toContain("no-store");
  });

  it("takes the public address's origin behind a proxy that rewrites Host", async () => {
    const response = await login(behindProxy.base, {
      method: "POST",
      headers: {
        "Content-Type": "application/x-www-form-urlencoded",
        Origin: "https://portal.example.invalid",
      },
      body: "email=client%40demo.test",
    });
    expect(response.status).toBe(303);
    expect(response.headers.get("Location")).toBe("/authentication/password");
  });

  it("ignores a forwarded host when no trusted proxy is configured", async () => {
    const response = await fetch(`${portal.base}/clients/invoices`, {
      redirect: "manual",
      headers: { "X-Forwarded-Host": "elsewhere.invalid:4444" },
    });
    const location = response.headers.get("Location") ?? "";
    expect(location).not.toContain("elsewhere");
  });
});
