import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createTestDatabase, type Db } from "../../db/client";
import { companies, creditNotes, invoices } from "../../db/schema";
import { importPath } from "../../server/import/run";
import { CSV_EXPORT, rowCounts, writeJson } from "./helpers";

async function imported(db: Db, path: string) {
  const result = await importPath(db, path);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
}

async function exported() {
  const db = createTestDatabase();
  await imported(db, CSV_EXPORT);
  return db;
}

async function refused(db: Db, path: string) {
  const result = await importPath(db, path);
  if (result.ok) throw new Error("the import was accepted");
  return result.issues.map(({ row, field, message }) => ({
    row,
    field,
    message,
  }));
}

const lines = [{ description: "Fir de bumbac", unitPrice: 100, vatRate: 19 }];
const invoice = (number: string, company: object, currency = "RON") => ({
  number,
  ...company,
  issueDate: "2024-03-01",
  dueDate: "2024-03-31",
  currency,
  exchangeRate: currency === "RON" ? null : 4.9735,
  lines: [{ ...lines[0], unitPrice: 10_000 }],
});

const currencyOf = (db: Db, number: string) =>
  db
    .select({ currency: invoices.currency })
    .from(invoices)
    .where(eq(invoices.number, number))
    .get()?.currency;

describe("importing over what the portal holds", () => {
  it("keeps the currency of an invoice paid or credited", async () => {
    const db = await exported();
    const before = rowCounts(db);

    const issues = await refused(
      db,
      writeJson({
        invoices: [
          invoice("TB-2024-0001", { companyRef: "C001" }, "EUR"),
          invoice("TB-2024-0002", { companyRef: "C001" }, "EUR"),
        ],
      }),
    );

    const change = "cannot change from RON to EUR: invoice";
    expect(issues).toEqual([
      {
        row: "invoices[0]",
        field: "currency",
        message: `${change} TB-2024-0001 has payments in RON`,
      },
      {
        row: "invoices[1]",
        field: "currency",
        message: `${change} TB-2024-0002 has credit notes in RON`,
      },
    ]);
    expect(rowCounts(db)).toEqual(before);
    expect(currencyOf(db, "TB-2024-0001")).toBe("RON");
  });

  it("lets an invoice nothing was paid on change its currency", async () => {
    const db = await exported();
    const company = { companyVat: "RO15763426" };

    await imported(
      db,
      writeJson({ invoices: [invoice("FS-2024-0012", company, "EUR")] }),
    );

    expect(currencyOf(db, "FS-2024-0012")).toBe("EUR");
  });

  it("keeps credit notes and payments on their invoice", async () => {
    const db = await exported();
    const before = rowCounts(db);

    const issues = await refused(
      db,
      writeJson({
        creditNotes: [
          {
            number: "CN-2024-0001",
            invoiceNumber: "FS-2024-0012",
            issueDate: "2024-03-20",
            lines,
          },
        ],
        payments: [
          {
            ref: "OP-4471",
            invoiceNumber: "FS-2024-0012",
            paidOn: "2024-03-20",
            amount: 100,
          },
        ],
      }),
    );

    expect(issues).toEqual([
      {
        row: "creditNotes[0]",
        field: "invoiceNumber",
        message:
          "credit note CN-2024-0001 is on invoice TB-2024-0002 in the " +
          "portal; it cannot move to invoice FS-2024-0012",
      },
      {
        row: "payments[0]",
        field: "invoiceNumber",
        message:
          "payment OP-4471 is on invoice TB-2024-0001 in the portal; it " +
          "cannot move to invoice FS-2024-0012",
      },
    ]);
    expect(rowCounts(db)).toEqual(before);
  });

  it("keeps a credit note without an invoice with its company", async () => {
    const db = createTestDatabase();
    const note = (companyRef: string) => ({
      number: "CN-FREE-1",
      companyRef,
      issueDate: "2024-03-20",
      lines,
    });
    await imported(db, CSV_EXPORT);
    await imported(db, writeJson({ creditNotes: [note("C001")] }));

    const issues = await refused(
      db,
      writeJson({ creditNotes: [note("C002")] }),
    );

    expect(issues).toEqual([
      {
        row: "creditNotes[0]",
        field: "companyRef",
        message:
          "credit note CN-FREE-1 belongs to Țesătoria Bârsei SRL in the " +
          "portal; it cannot move to another company",
      },
    ]);
    const stored = db
      .select({ ref: companies.externalRef })
      .from(creditNotes)
      .innerJoin(companies, eq(companies.id, creditNotes.companyId))
      .where(eq(creditNotes.number, "CN-FREE-1"))
      .get();
    expect(stored?.ref).toBe("C001");
  });
});
