import { describe, expect, it } from "vitest";
import { divideRounded, documentTotals, parseDecimal } from "../server/money";
import { formatMoney } from "../app/lib/format";

describe("money", () => {
  it("rounds half away from zero", () => {
    expect(divideRounded(5, 10)).toBe(1);
    expect(divideRounded(-5, 10)).toBe(-1);
    expect(divideRounded(14, 10)).toBe(1);
  });

  it("computes VAT per line and sums the lines", () => {
    const totals = documentTotals([
      { quantityMilli: 3000, unitPrice: 333, vatRateBp: 1900 },
      { quantityMilli: 1500, unitPrice: 1001, vatRateBp: 900 },
    ]);
    expect(totals).toEqual({ subtotal: 2501, vatTotal: 325, total: 2826 });
  });

  it("reads amounts the way each locale writes them", () => {
    expect(parseDecimal("1.234,56", "ro")).toBe(123456);
    expect(parseDecimal("1 234,56 lei", "ro")).toBe(123456);
    expect(parseDecimal("1,234.56", "en")).toBe(123456);
    expect(parseDecimal("12,5", "ro")).toBe(1250);
    expect(parseDecimal("12,345", "ro")).toBeNull();
    expect(parseDecimal("abc", "ro")).toBeNull();
  });

  it("prints lei in Romanian and RON in English", () => {
    expect(formatMoney(123456, "RON", "ro")).toBe("1.234,56\u00a0lei");
    expect(formatMoney(123456, "RON", "en")).toBe("RON\u00a01,234.56");
    expect(formatMoney(123456, "EUR", "en")).toBe("EUR\u00a01,234.56");
  });
});

describe("large amounts", () => {
  it("multiply exactly past 2^53 and refuse a result that cannot be held", async () => {
    const { mulDivRounded, toLei } = await import("../server/money");
    expect(mulDivRounded(4_000_000_000_000, 49_735, 10_000)).toBe(
      19_894_000_000_000,
    );
    expect(toLei(900_719_925_474, 49_768)).toBe(4_482_702_925_099);
    expect(() => mulDivRounded(Number.MAX_SAFE_INTEGER, 10, 1)).toThrow(
      RangeError,
    );
  });
});
