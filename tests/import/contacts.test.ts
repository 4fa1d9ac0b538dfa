import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createTestDatabase, type Db } from "../../db/client";
import { contacts, invoices, payments, people } from "../../db/schema";
import { passwordResetTokens, sessions } from "../../db/schema";
import { hashPassword, verifyPassword } from "../../server/auth/passwords";
import { importPath } from "../../server/import/run";
import { CSV_EXPORT, rowCounts, writeFile, writeJson } from "./helpers";

const ANA = "ana.popescu@tesatoria-barsei.ro";

async function imported(db: Db, path: string) {
  const result = await importPath(db, path);
  if (!result.ok) throw new Error(JSON.stringify(result.issues, null, 2));
}

function person(db: Db, email: string) {
  return db.select().from(people).where(eq(people.email, email)).get()!;
}

function contactsCsv(password: string, reset: string) {
  return writeFile(
    "contacts.csv",
    "email;company_ref;first_name;last_name;password;reset_password\n" +
      `${ANA};C001;Ana;Popescu;${password};${reset}\n`,
  );
}

describe("importing contacts", () => {
  it("makes one person of an email that two companies share", async () => {
    const db = createTestDatabase();
    await imported(db, CSV_EXPORT);

    const radu = person(db, "radu.stanescu@expertcont.ro");
    const links = db
      .select()
      .from(contacts)
      .where(eq(contacts.personId, radu.id))
      .all();
    expect(links).toHaveLength(2);
    expect(links.every((link) => link.permInvoices)).toBe(true);
    expect(links.some((link) => link.permTickets)).toBe(false);
  });

  it("stores the initial password hashed, never as given", async () => {
    const db = createTestDatabase();
    await imported(db, CSV_EXPORT);

    const ana = person(db, ANA);
    expect(ana.passwordHash).toMatch(/^scrypt\$/);
    expect(await verifyPassword("Primavara-2024!", ana.passwordHash!)).toBe(
      true,
    );
    expect(person(db, "mihai.ionescu@tesatoria-barsei.ro").passwordHash).toBe(
      null,
    );
  });

  it("keeps a password changed in the portal on a new import", async () => {
    const db = createTestDatabase();
    await imported(db, CSV_EXPORT);
    const chosen = await hashPassword("aleasa-in-portal");
    db.update(people)
      .set({ passwordHash: chosen })
      .where(eq(people.email, ANA))
      .run();

    await imported(db, CSV_EXPORT);

    expect(person(db, ANA).passwordHash).toBe(chosen);
  });

  it("replaces a password and ends sessions when the row asks", async () => {
    const db = createTestDatabase();
    await imported(db, CSV_EXPORT);
    const now = new Date();
    db.insert(sessions)
      .values({
        tokenHash: "a".repeat(64),
        personId: person(db, ANA).id,
        createdAt: now,
        lastSeenAt: now,
        expiresAt: new Date(now.getTime() + 86_400_000),
      })
      .run();

    await imported(db, contactsCsv("Noua-Parola-2025", "da"));

    const ana = person(db, ANA);
    expect(await verifyPassword("Noua-Parola-2025", ana.passwordHash!)).toBe(
      true,
    );
    expect(db.select().from(sessions).get()!.revokedAt).not.toBe(null);
  });

  it("voids pending reset links when it replaces a password", async () => {
    const db = createTestDatabase();
    await imported(db, CSV_EXPORT);
    const now = new Date();
    const link = (tokenHash: string) => ({
      tokenHash,
      personId: person(db, ANA).id,
      createdAt: now,
      expiresAt: new Date(now.getTime() + 86_400_000),
    });
    db.insert(passwordResetTokens)
      .values(link("b".repeat(64)))
      .run();

    await imported(db, contactsCsv("Primavara-2024!", "nu"));
    expect(db.select().from(passwordResetTokens).get()!.voidedAt).toBe(null);
    await imported(db, contactsCsv("Noua-Parola-2025", "da"));

    expect(db.select().from(passwordResetTokens).get()!.voidedAt).not.toBe(
      null,
    );
  });

  it("refuses a reset without a password to set", async () => {
    const db = createTestDatabase();

    const result = await importPath(db, contactsCsv("", "da"));

    expect(result).toMatchObject({
      ok: false,
      issues: [{ row: "line 2", field: "reset_password" }],
    });
  });
});

describe("keys written with cedilla letters", () => {
  const invoice = (number: string, companyRef: string) => ({
    number,
    companyRef,
    issueDate: "2024-03-10",
    dueDate: "2024-04-09",
    lines: [{ description: "Aţă de cusut", unitPrice: 100, vatRate: 19 }],
  });

  it("match the same keys written with comma-below letters", async () => {
    const db = createTestDatabase();
    const company = {
      ref: "ȘERBAN",
      name: "Ţesături Şerban SRL",
      vatCode: "RO15763426",
    };
    await imported(
      db,
      writeJson({
        companies: [company],
        invoices: [invoice("ȘT-2024-01", "ŞERBAN")],
        payments: [
          { invoiceNumber: "ŞT-2024-01", paidOn: "2024-03-20", amount: 50 },
        ],
      }),
    );
    const before = rowCounts(db);

    await imported(
      db,
      writeJson({ invoices: [invoice("ŞT-2024-01", "ȘERBAN")] }),
    );

    expect(rowCounts(db)).toEqual({ ...before, auditLog: 2 });
    const stored = db.select().from(invoices).get()!;
    expect(stored).toMatchObject({ number: "ȘT-2024-01", amountDue: 6900 });
    expect(db.select().from(payments).get()!.invoiceId).toBe(stored.id);
  });
});
