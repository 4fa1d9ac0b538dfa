import { describe, expect, it } from "vitest";
import { createTestDatabase } from "../../db/client";
import { importPath } from "../../server/import/run";
import { CSV_EXPORT, rowCounts, writeFile } from "./helpers";

describe("a company's VAT code", () => {
  it("refuses a new company with a VAT code another company has", async () => {
    const db = createTestDatabase();
    await importPath(db, CSV_EXPORT);
    const before = rowCounts(db);

    const result = await importPath(
      db,
      writeFile(
        "companies.csv",
        "ref;name;vat_code\n" +
          "C009;Mobilă Nouă SRL;RO39170264\n" +
          "C010;Lactate Moldova SRL;RO18547290\n" +
          "C011;Lactate Moldova Est SRL;18547290\n",
      ),
    );

    expect(result).toMatchObject({
      ok: false,
      issues: [
        {
          row: "line 2",
          field: "vat_code",
          message:
            "is already the VAT code of Mobilă și Decor Ardeleană SRL " +
            "(ref C002) in the portal",
        },
        {
          row: "line 4",
          field: "vat_code",
          message:
            "is also the VAT code of Lactate Moldova SRL (ref C010) on line 3",
        },
      ],
    });
    expect(rowCounts(db)).toEqual(before);
  });

  it("may move from one company to another in the same file", async () => {
    const db = createTestDatabase();
    await importPath(db, CSV_EXPORT);

    const result = await importPath(
      db,
      writeFile(
        "companies.csv",
        "ref;name;vat_code\n" +
          "C002;Mobilă și Decor Ardeleană SRL;RO18547290\n" +
          "C009;Mobilă Nouă SRL;RO39170264\n",
      ),
    );

    expect(result.ok).toBe(true);
  });
});
