import { describe, expect, it } from "vitest";
import { safeNext } from "../../server/auth/next";

describe("the page to return to after signing in", () => {
  it("keeps a path on this site with its query", () => {
    expect(safeNext("/clients/invoices?status=paid")).toBe(
      "/clients/invoices?status=paid",
    );
  });

  it.each([
    "//evil.test/x",
    "/\\evil.test",
    "/\t/evil.test/x",
    "/%09/evil.test",
    "https://evil.test",
    "javascript:alert(1)",
    "/\n/x",
    "",
  ])("refuses %j", (next) => {
    const result = safeNext(next);
    expect(result.startsWith("//")).toBe(false);
    expect(new URL(result, "http://portal.test").origin).toBe(
      "http://portal.test",
    );
    expect(() => new Headers({ Location: result })).not.toThrow();
  });

  it("encodes characters a Location header cannot carry", () => {
    const result = safeNext("/clients/\u202ex");
    expect(() => new Headers({ Location: result })).not.toThrow();
  });
});
