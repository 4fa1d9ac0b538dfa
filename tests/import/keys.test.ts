import { describe, expect, it } from "vitest";
import { createTestDatabase } from "../../db/client";
import { importPath } from "../../server/import/run";
import { rowCounts, writeJson } from "./helpers";

const document = (number: string) => ({
  number,
  companyRef: "C1",
  issueDate: "2024-03-10",
  dueDate: "2024-04-09",
  lines: [{ description: "Aţă de cusut", unitPrice: 100, vatRate: 19 }],
});

// A credit note has no due date; JSON leaves an undefined key out.
const note = (number: string) => ({ ...document(number), dueDate: undefined });

describe("document numbers in one file", () => {
  it("are the same number whatever their letter case", async () => {
    const db = createTestDatabase();

    const result = await importPath(
      db,
      writeJson({
        companies: [{ ref: "C1", name: "Ţesături Şerban SRL" }],
        invoices: [
          document("x-case"),
          document("X-CASE"),
          document("ŞT-1"),
          document("șt-1"),
        ],
        creditNotes: [note("cn-1"), note("CN-1")],
      }),
    );

    expect(result).toEqual({
      ok: false,
      issues: [
        expect.objectContaining({
          row: "invoices[1]",
          field: "number",
          message:
            "repeats invoice x-case on invoices[0], in other letter case",
        }),
        expect.objectContaining({
          row: "invoices[3]",
          field: "number",
          message: "repeats invoice ȘT-1 on invoices[2], in other letter case",
        }),
        expect.objectContaining({
          row: "creditNotes[1]",
          field: "number",
          message:
            "repeats credit note cn-1 on creditNotes[0], in other letter case",
        }),
      ],
    });
    expect(rowCounts(db)).toMatchObject({ invoices: 0, creditNotes: 0 });
  });
});
