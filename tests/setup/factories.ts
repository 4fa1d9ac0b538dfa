import { createTestDatabase, type Db } from "../../db/client";
import { companies, contacts, people } from "../../db/schema";
import { hashPassword } from "../../server/auth/passwords";
import { setDatabase } from "../../server/db";
import { createInvoice, type NewLine } from "../../server/invoices/write";

export const PASSWORD = "correct horse battery";

let hash: Promise<string> | undefined;
const passwordHash = () => (hash ??= hashPassword(PASSWORD));

/** A fresh migrated database that loaders and actions will also use. */
export function freshDatabase(): Db {
  const db = createTestDatabase();
  setDatabase(db);
  return db;
}

export function makeCompany(db: Db, name = "Test Client SRL", active = true) {
  return db.insert(companies).values({ name, active }).returning().get();
}

type ContactOptions = {
  email: string;
  companyId: number;
  permissions?: readonly string[];
  portalAccess?: boolean;
  contactActive?: boolean;
  personActive?: boolean;
  password?: boolean;
  locale?: "ro" | "en";
};

export async function makeContact(db: Db, o: ContactOptions) {
  const granted = new Set(o.permissions ?? ["invoices"]);
  const person =
    db.query.people
      .findFirst({
        where: (p, { eq }) => eq(p.email, o.email),
      })
      .sync() ??
    db
      .insert(people)
      .values({
        email: o.email,
        firstName: "Test",
        lastName: "Person",
        locale: o.locale ?? "en",
        active: o.personActive ?? true,
        passwordHash: o.password === false ? null : await passwordHash(),
      })
      .returning()
      .get();
  db.insert(contacts)
    .values({
      personId: person.id,
      companyId: o.companyId,
      portalAccess: o.portalAccess ?? true,
      active: o.contactActive ?? true,
      permInvoices: granted.has("invoices"),
      permEstimates: granted.has("estimates"),
      permProposals: granted.has("proposals"),
      permContracts: granted.has("contracts"),
      permProjects: granted.has("projects"),
      permTickets: granted.has("tickets"),
    })
    .run();
  return person;
}

export const LINE: NewLine = {
  description: "Servicii de mentenanță",
  quantityMilli: 1000,
  unitPrice: 10_000,
  vatRateBp: 1900,
};

export function makeInvoice(
  db: Db,
  companyId: number,
  fields: Partial<Parameters<typeof createInvoice>[1]> & { number: string },
) {
  return createInvoice(db, {
    companyId,
    state: "issued",
    issueDate: "2026-11-01",
    dueDate: "2026-12-01",
    currency: "RON",
    lines: [LINE],
    ...fields,
  });
}
