import { describe, expect, it } from "vitest";
import { formatDate } from "../app/lib/format";
import { todayIn } from "../server/dates";
import { parseTypedDate } from "../server/dates-input";

describe("calendar dates", () => {
  it("take today from the supplier's time zone, not the server's", () => {
    // 22:30 UTC on 9 March is already 10 March in Bucharest.
    const late = new Date("2026-03-09T22:30:00Z");
    expect(todayIn("Europe/Bucharest", late)).toBe("2026-03-10");
    expect(todayIn("UTC", late)).toBe("2026-03-09");
  });

  it("print as dd.mm.yyyy in Romanian without shifting a day", () => {
    expect(formatDate("2026-03-10", "ro")).toBe("10.03.2026");
    expect(formatDate("2026-03-10", "en")).toBe("10 Mar 2026");
  });

  it("read typed dates and name the wrong part", () => {
    expect(parseTypedDate("31.01.2026")).toEqual({ date: "2026-01-31" });
    expect(parseTypedDate("2026-1-5")).toEqual({ date: "2026-01-05" });
    expect(parseTypedDate("31.02.2026")).toEqual({ problem: "day" });
    expect(parseTypedDate("01.13.2026")).toEqual({ problem: "month" });
    expect(parseTypedDate("01.01.0026")).toEqual({ problem: "year" });
    expect(parseTypedDate("yesterday")).toEqual({ problem: "format" });
  });
});
