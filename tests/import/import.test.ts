import { eq } from "drizzle-orm";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createTestDatabase, type Db } from "../../db/client";
import { auditLog, companies, invoices, people } from "../../db/schema";
import { importPath } from "../../server/import/run";
import { CSV_EXPORT, JSON_EXPORT, copyOfCsvExport, editFile } from "./helpers";
import { rowCounts } from "./helpers";

async function imported(db: Db, path: string) {
  const result = await importPath(db, path);
  if (!result.ok) throw new Error(JSON.stringify(result.issues, null, 2));
  return result;
}

function balances(db: Db) {
  return db
    .select({
      number: invoices.number,
      state: invoices.state,
      currency: invoices.currency,
      subtotal: invoices.subtotal,
      vatTotal: invoices.vatTotal,
      total: invoices.total,
      paid: invoices.amountPaid,
      credited: invoices.amountCredited,
      due: invoices.amountDue,
      rate: invoices.exchangeRateE4,
    })
    .from(invoices)
    .orderBy(invoices.number)
    .all();
}

const EXPECTED = [
  {
    number: "FS-2024-0012",
    state: "issued",
    currency: "RON",
    subtotal: 123450,
    vatTotal: 23456,
    total: 146906,
    paid: 0,
    credited: 0,
    due: 146906,
    rate: null,
  },
  {
    number: "MD-2024-0107",
    state: "issued",
    currency: "EUR",
    subtotal: 258350,
    vatTotal: 49087,
    total: 307437,
    paid: 150000,
    credited: 0,
    due: 157437,
    rate: 49735,
  },
  {
    number: "TB-2024-0001",
    state: "issued",
    currency: "RON",
    subtotal: 572140,
    vatTotal: 108707,
    total: 680847,
    paid: 680847,
    credited: 0,
    due: 0,
    rate: null,
  },
  {
    number: "TB-2024-0002",
    state: "issued",
    currency: "RON",
    subtotal: 308081,
    vatTotal: 57275,
    total: 365356,
    paid: 0,
    credited: 9450,
    due: 355906,
    rate: null,
  },
  {
    number: "TB-2024-0003",
    state: "draft",
    currency: "RON",
    subtotal: 10000,
    vatTotal: 1900,
    total: 11900,
    paid: 0,
    credited: 0,
    due: 11900,
    rate: null,
  },
];

describe("importing a supplier's export", () => {
  it("imports the CSV export with totals right to the ban", async () => {
    const db = createTestDatabase();
    const result = await imported(db, CSV_EXPORT);

    expect(result.summary.invoices).toEqual({ created: 5, updated: 0 });
    expect(balances(db)).toEqual(EXPECTED);
    expect(rowCounts(db)).toMatchObject({
      companies: 3,
      people: 5,
      contacts: 6,
      invoiceLines: 8,
      payments: 3,
      creditNotes: 1,
      creditNoteLines: 1,
    });
  });

  it("reads the JSON export to exactly the same amounts", async () => {
    const db = createTestDatabase();
    await imported(db, JSON_EXPORT);

    expect(balances(db)).toEqual(EXPECTED);
  });

  it("stores the company as the file writes it, IBAN compacted", async () => {
    const db = createTestDatabase();
    await imported(db, CSV_EXPORT);

    const company = db
      .select()
      .from(companies)
      .where(eq(companies.externalRef, "C001"))
      .get();
    expect(company).toMatchObject({
      name: "Țesătoria Bârsei SRL",
      vatCode: "RO28451736",
      address: "str. Lungă nr. 12",
      city: "Brașov",
      county: "jud. Brașov",
      iban: "RO30BTRL0080120345678901",
      country: "RO",
    });
  });

  it("imports again without duplicates, updating what changed", async () => {
    const db = createTestDatabase();
    const dir = copyOfCsvExport();
    await imported(db, dir);
    const before = rowCounts(db);

    editFile(join(dir, "companies.csv"), (text) =>
      text.replace("str. Lungă nr. 12", "str. Lungă nr. 14"),
    );
    const again = await imported(db, dir);

    expect(again.summary.companies).toEqual({ created: 0, updated: 3 });
    expect(again.summary.payments).toEqual({ created: 0, updated: 3 });
    expect(rowCounts(db)).toEqual({ ...before, auditLog: 2 });
    expect(balances(db)).toEqual(EXPECTED);
    const { address } = db
      .select({ address: companies.address })
      .from(companies)
      .where(eq(companies.externalRef, "C001"))
      .get()!;
    expect(address).toBe("str. Lungă nr. 14");
  });

  it("matches the CSV and the JSON export to the same rows", async () => {
    const db = createTestDatabase();
    await imported(db, CSV_EXPORT);
    const before = rowCounts(db);

    const again = await imported(db, JSON_EXPORT);

    expect(again.summary.contacts).toEqual({ created: 0, updated: 6 });
    expect(rowCounts(db)).toEqual({ ...before, auditLog: 2 });
  });

  it("records the import in the audit log", async () => {
    const db = createTestDatabase();
    await imported(db, CSV_EXPORT);

    const entry = db.select().from(auditLog).get()!;
    expect(entry).toMatchObject({ actorType: "system", action: "import" });
    expect(entry.details).toMatchObject({
      file: "ro-export",
      invoices: { created: 5, updated: 0 },
    });
  });

  it("accepts cedilla ş and ţ and stores them as given", async () => {
    const db = createTestDatabase();
    await imported(db, CSV_EXPORT);

    const company = db
      .select()
      .from(companies)
      .where(eq(companies.vatCode, "RO15763426"))
      .get()!;
    expect(company.name).toBe("Fabrica de Ţesături Şerban SRL");
    expect(company.city).toBe("Piteşti");
    const person = db
      .select()
      .from(people)
      .where(eq(people.email, "gheorghe.serban@tesaturi-serban.ro"))
      .get()!;
    expect(person.lastName).toBe("Şerban");
  });
});
