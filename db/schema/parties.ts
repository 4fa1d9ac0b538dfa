import {
  index,
  integer,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";
import { flag, id, instant, timestamps } from "./columns";

export const LOCALES = ["ro", "en"] as const;
export const STAFF_ROLES = ["admin", "sales", "support"] as const;

// The supplier's own identity, printed on every document. One row, id 1.
export const supplierSettings = sqliteTable("supplier_settings", {
  id: integer("id").primaryKey(),
  name: text("name").notNull(),
  legalName: text("legal_name").notNull(),
  vatCode: text("vat_code").notNull().default(""),
  registrationNo: text("registration_no").notNull().default(""),
  address: text("address").notNull().default(""),
  iban: text("iban").notNull().default(""),
  bank: text("bank").notNull().default(""),
  email: text("email").notNull().default(""),
  phone: text("phone").notNull().default(""),
  website: text("website").notNull().default(""),
  ticketAttachmentTypes: text("ticket_attachment_types")
    .notNull()
    .default("pdf,png,jpg,jpeg,txt,csv,xlsx,docx,zip"),
  ticketAttachmentMaxBytes: integer("ticket_attachment_max_bytes")
    .notNull()
    .default(10 * 1024 * 1024),
  ...timestamps(),
});

export const staff = sqliteTable("staff", {
  id: id(),
  email: text("email").notNull().unique(),
  name: text("name").notNull(),
  passwordHash: text("password_hash"),
  role: text("role", { enum: STAFF_ROLES }).notNull(),
  locale: text("locale", { enum: LOCALES }).notNull().default("ro"),
  active: flag("active").default(true),
  ...timestamps(),
});

export const companies = sqliteTable(
  "companies",
  {
    id: id(),
    name: text("name").notNull(),
    vatCode: text("vat_code").notNull().default(""),
    registrationNo: text("registration_no").notNull().default(""),
    address: text("address").notNull().default(""),
    city: text("city").notNull().default(""),
    county: text("county").notNull().default(""),
    country: text("country").notNull().default("RO"),
    iban: text("iban").notNull().default(""),
    bank: text("bank").notNull().default(""),
    email: text("email").notNull().default(""),
    phone: text("phone").notNull().default(""),
    // The key an import or an accounting program knows the company by.
    externalRef: text("external_ref").unique(),
    active: flag("active").default(true),
    ...timestamps(),
  },
  (t) => [index("companies_name_idx").on(t.name, t.id)],
);

// A person signs in once with one email; `contacts` says which client
// companies the person may enter and with which permissions.
export const people = sqliteTable("people", {
  id: id(),
  email: text("email").notNull().unique(),
  firstName: text("first_name").notNull(),
  lastName: text("last_name").notNull(),
  phone: text("phone").notNull().default(""),
  passwordHash: text("password_hash"),
  locale: text("locale", { enum: LOCALES }).notNull().default("ro"),
  active: flag("active").default(true),
  // Offered at the choice step when a distributor portal is configured.
  distributorAccess: flag("distributor_access"),
  passwordChangedAt: instant("password_changed_at"),
  ...timestamps(),
});

export const contacts = sqliteTable(
  "contacts",
  {
    id: id(),
    personId: integer("person_id")
      .notNull()
      .references(() => people.id),
    companyId: integer("company_id")
      .notNull()
      .references(() => companies.id),
    title: text("title").notNull().default(""),
    isPrimary: flag("is_primary"),
    // The admin's "Do not create account" box, inverted.
    portalAccess: flag("portal_access"),
    active: flag("active").default(true),
    permInvoices: flag("perm_invoices"),
    permEstimates: flag("perm_estimates"),
    permProposals: flag("perm_proposals"),
    permContracts: flag("perm_contracts"),
    permProjects: flag("perm_projects"),
    permTickets: flag("perm_tickets"),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex("contacts_person_company_idx").on(t.personId, t.companyId),
    index("contacts_company_idx").on(t.companyId, t.id),
  ],
);
