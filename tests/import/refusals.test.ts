import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createTestDatabase, type Db } from "../../db/client";
import { importPath } from "../../server/import/run";
import type { Issue } from "../../server/import/types";
import { BAD_EXPORT, CSV_EXPORT, copyOfCsvExport, editFile } from "./helpers";
import { rowCounts, writeFile } from "./helpers";

async function refused(db: Db, path: string) {
  const result = await importPath(db, path);
  if (result.ok) throw new Error("the import was accepted");
  return result.issues;
}

const where = (issues: Issue[]) =>
  issues.map((issue) => `${issue.file} ${issue.row} ${issue.field ?? ""}`);

describe("refusing a file with mistakes", () => {
  it("names every bad row and writes nothing", async () => {
    const db = createTestDatabase();
    const before = rowCounts(db);

    const issues = await refused(db, BAD_EXPORT);

    expect(where(issues).sort()).toEqual(
      [
        "companies.csv line 2 vat_code",
        "companies.csv line 3 iban",
        "companies.csv line 3 email",
        "contacts.csv line 2 password",
        "contacts.csv line 3 locale",
        "invoices.csv line 3 issue_date",
        "invoices.csv line 4 exchange_rate",
        "invoices.csv line 5 total",
        "invoice_lines.csv line 6 invoice_number",
        "invoice_lines.csv line 7 quantity",
        "invoice_lines.csv line 7 vat_rate",
        "payments.csv line 2 amount",
      ].sort(),
    );
    expect(rowCounts(db)).toEqual(before);
  });

  it("says in plain words what is wrong", async () => {
    const issues = await refused(createTestDatabase(), BAD_EXPORT);
    const message = (row: string, field: string) =>
      issues.find((i) => i.row === row && i.field === field)?.message;

    expect(message("line 5", "total")).toBe(
      "is 200.00 but its lines come to 119.00",
    );
    expect(message("line 2", "vat_code")).toBe(
      '"RO28451737" is not a valid VAT code (CUI)',
    );
  });

  it("refuses a payment larger than what is left", async () => {
    const db = createTestDatabase();
    const dir = copyOfCsvExport();
    editFile(join(dir, "payments.csv"), (text) =>
      text.replace("3.808,47", "3.808,48"),
    );

    const issues = await refused(db, dir);

    expect(issues).toEqual([
      expect.objectContaining({
        file: "payments.csv",
        row: "line 3",
        field: "amount",
        message:
          "3808,48 is more than the 3808,47 left on invoice TB-2024-0001",
      }),
    ]);
    expect(rowCounts(db).invoices).toBe(0);
  });

  it("counts what the portal already holds against what is left", async () => {
    const db = createTestDatabase();
    await importPath(db, CSV_EXPORT);
    const before = rowCounts(db);
    const late = writeFile(
      "payments.csv",
      "invoice_number;paid_on;amount\nTB-2024-0001;02.04.2024;0,01\n",
    );

    const issues = await refused(db, late);

    expect(issues[0].message).toBe(
      "0,01 is more than the 0,00 left on invoice TB-2024-0001",
    );
    expect(rowCounts(db)).toEqual(before);
  });

  it("measures rows after a refused one by what is truly left", async () => {
    const db = createTestDatabase();
    await importPath(db, CSV_EXPORT);
    const late = writeFile(
      "payments.csv",
      "invoice_number;paid_on;amount\n" +
        "FS-2024-0012;02.04.2024;1.000,00\n" +
        "FS-2024-0012;03.04.2024;1.000,00\n" +
        "FS-2024-0012;04.04.2024;400,00\n",
    );

    const issues = await refused(db, late);

    expect(issues.map(({ row, message }) => `${row}: ${message}`)).toEqual([
      "line 3: 1000,00 is more than the 469,06 left on invoice FS-2024-0012",
    ]);
  });

  it("refuses a credit note larger than what is left", async () => {
    const db = createTestDatabase();
    const dir = copyOfCsvExport();
    editFile(join(dir, "credit_notes.csv"), (text) =>
      text.replace("TB-2024-0002", "FS-2024-0012").replace(";94,50", ";"),
    );
    editFile(join(dir, "credit_note_lines.csv"), (text) =>
      text.replace(";45,00;5", ";1.000,00;19"),
    );

    const issues = await refused(db, dir);

    expect(issues).toEqual([
      expect.objectContaining({
        file: "credit_notes.csv",
        row: "line 2",
        field: "invoice_number",
        message:
          "2380,00 is more than the 1469,06 left on invoice FS-2024-0012",
      }),
    ]);
  });

  it("refuses a payment on a draft invoice", async () => {
    const db = createTestDatabase();
    const dir = copyOfCsvExport();
    editFile(
      join(dir, "payments.csv"),
      (text) => `${text};TB-2024-0003;29.03.2024;10,00;RON;cash;\n`,
    );

    const issues = await refused(db, dir);

    expect(issues.map((issue) => issue.message)).toEqual([
      "invoice TB-2024-0003 is draft, not issued",
    ]);
  });

  it("refuses columns it does not know instead of dropping them", async () => {
    const path = writeFile(
      "companies.csv",
      "ref;name;vat_cod\nC9;Lactate Moldova SRL;RO28451736\n",
    );

    const issues = await refused(createTestDatabase(), path);

    expect(where(issues)).toEqual(["companies.csv line 1 vat_cod"]);
  });

  it("refuses a file whose decimal convention cannot be told", async () => {
    const db = createTestDatabase();
    const dir = copyOfCsvExport();
    editFile(
      join(dir, "payments.csv"),
      () => "invoice_number;paid_on;amount\nFS-2024-0012;02.04.2024;1.000\n",
    );

    const issues = await refused(db, dir);
    expect(issues).toEqual([
      expect.objectContaining({
        file: "payments.csv",
        message: expect.stringContaining("--decimal=comma"),
      }),
    ]);

    const chosen = await importPath(db, dir, { decimal: "ro" });
    expect(chosen.ok).toBe(true);
  });
});
