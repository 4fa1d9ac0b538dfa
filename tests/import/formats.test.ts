import { describe, expect, it } from "vitest";
import { isValidCui, isValidIban } from "../../server/import/checksums";
import { detectDecimal } from "../../server/import/decimal";
import { FieldError } from "../../server/import/cells";
import { date } from "../../server/import/fields";
import { detectDelimiter, parseCsv } from "../../server/import/parse-csv";
import { parseJson } from "../../server/import/parse-json";

describe("checksums", () => {
  it("accepts Romanian VAT codes whose control digit is right", () => {
    expect(isValidCui("RO18547290")).toBe(true);
    expect(isValidCui("ro 6859662")).toBe(true);
    expect(isValidCui("28451736")).toBe(true);
    expect(isValidCui("28451737")).toBe(false);
    expect(isValidCui("RO1")).toBe(false);
    expect(isValidCui("RO12345678901")).toBe(false);
  });

  it("checks IBANs by mod 97 and by the country's length", () => {
    expect(isValidIban("RO49 AAAA 1B31 0075 9384 0000")).toBe(true);
    expect(isValidIban("DE89370400440532013000")).toBe(true);
    expect(isValidIban("RO49AAAA1B31007593840001")).toBe(false);
    expect(isValidIban("RO49AAAA1B3100759384000")).toBe(false);
  });
});

describe("reading CSV exports", () => {
  it("detects the delimiter from the header line", () => {
    expect(detectDelimiter("ref;name;vat_code\nC1;A, B SRL;RO1")).toBe(";");
    expect(detectDelimiter("ref,name\n")).toBe(",");
  });

  it("tells decimal commas from decimal points, refusing a guess", () => {
    expect(detectDecimal(["1.234,56", "1.500"])).toEqual({ decimal: "ro" });
    expect(detectDecimal(["1,234.56", "4.9735"])).toEqual({ decimal: "en" });
    expect(detectDecimal(["12", "7"])).toEqual({ decimal: "ro" });
    expect(detectDecimal(["1.500"])).toHaveProperty("error");
    expect(detectDecimal(["12,50", "12.50"])).toHaveProperty("error");
  });

  it("reads dates in both written forms", () => {
    expect(date("31.03.2024")).toBe("2024-03-31");
    expect(date("1.3.2024")).toBe("2024-03-01");
    expect(date("2024-03-31")).toBe("2024-03-31");
    expect(() => date("29.02.2023")).toThrow(FieldError);
    expect(() => date("03/31/2024")).toThrow(FieldError);
  });

  it("strips a byte order mark and counts lines of quoted text", () => {
    const text =
      "\uFEFFref;name;address\r\n" +
      'C1;Țesătoria Bârsei SRL;"str. Lungă nr. 12\r\nBrașov"\r\n' +
      "\r\n" +
      "C2;Mobilă și Decor Ardeleană SRL;Cluj-Napoca\r\n";

    const { rows, issues } = parseCsv(text, "companies.csv", "companies");

    expect(issues).toEqual([]);
    expect(rows.map((row) => [row.at.row, row.values.ref])).toEqual([
      ["line 2", "C1"],
      ["line 5", "C2"],
    ]);
    expect(rows[0].values.address).toBe("str. Lungă nr. 12\r\nBrașov");
  });

  it("names a row with too many fields", () => {
    const text = "ref,name\nC1,Lactate Moldova, SRL\n";

    const { issues } = parseCsv(text, "companies.csv", "companies");

    expect(issues).toEqual([
      expect.objectContaining({
        row: "line 2",
        message: "has 3 fields, the header 2",
      }),
    ]);
  });

  it("says the header must come first when the first line is blank", () => {
    const text = "\r\nref;name;vat_code\r\nC1;Lactate Moldova SRL;\r\n";

    const { rows, issues } = parseCsv(text, "companies.csv", "companies");

    expect(rows).toEqual([]);
    expect(issues).toEqual([
      expect.objectContaining({
        row: "line 1",
        message: "is blank; the first line must be the header",
      }),
    ]);
  });
});

describe("reading JSON exports", () => {
  it("refuses sections named like what every object inherits", () => {
    const text =
      '{"constructor": [{"a": 1}], "toString": [], "__proto__": [],' +
      ' "hasOwnProperty": {}, "companies": []}';

    const { issues } = parseJson(text, "export.json");

    expect(issues.map(({ row, message }) => `${row}: ${message}`)).toEqual([
      "constructor: is not a known section",
      "toString: is not a known section",
      "__proto__: is not a known section",
      "hasOwnProperty: is not a known section",
    ]);
  });
});
