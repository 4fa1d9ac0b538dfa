import type { Valid } from "./validate";

/** A company already stored (its id) or created by this import (its index). */
export type CompanyTarget = { id: number } | { index: number };

export type PlannedCompany = { valid: Valid<"companies">; id: number | null };

export type PlannedPerson = {
  email: string;
  firstName: string;
  lastName?: string;
  phone?: string;
  locale?: "ro" | "en";
  id: number | null;
  /** Set when the file's password is to be stored; hashed before writing. */
  password: string | null;
  replacesPassword: boolean;
  passwordHash?: string;
};

export type PlannedContact = {
  valid: Valid<"contacts">;
  email: string;
  company: CompanyTarget;
  id: number | null;
};

export type PlannedDocument<K extends "invoices" | "creditNotes"> = {
  valid: Valid<K>;
  lines: Valid<K extends "invoices" ? "invoiceLines" : "creditNoteLines">[];
  totals: { subtotal: number; vatTotal: number; total: number };
  company: CompanyTarget;
  currency: string;
  id: number | null;
};

export type PlannedCreditNote = PlannedDocument<"creditNotes"> & {
  invoiceNumber: string | null;
};

export type PlannedPayment = {
  valid: Valid<"payments">;
  key: string;
  company: CompanyTarget;
  currency: string;
  id: number | null;
};

/** Everything the write needs, decided before the transaction opens. */
export type Plan = {
  companies: PlannedCompany[];
  people: PlannedPerson[];
  contacts: PlannedContact[];
  invoices: PlannedDocument<"invoices">[];
  creditNotes: PlannedCreditNote[];
  payments: PlannedPayment[];
  /** Stored invoices by number, for payments and credit notes. */
  invoiceIds: Map<string, number>;
};

/** Reads a stored table in chunks small enough for SQLite's parameters. */
export function chunked<T, R>(values: T[], read: (chunk: T[]) => R[]) {
  const rows: R[] = [];
  const unique = [...new Set(values)];
  for (let start = 0; start < unique.length; start += 500) {
    rows.push(...read(unique.slice(start, start + 500)));
  }
  return rows;
}

export function sameCompany(a: CompanyTarget, b: CompanyTarget) {
  if ("id" in a) return "id" in b && a.id === b.id;
  return "index" in b && a.index === b.index;
}

/** Rows by a key, the first row winning, for lookups in large imports. */
export function indexBy<T>(rows: T[], key: (row: T) => string) {
  const map = new Map<string, T>();
  for (const row of rows) if (!map.has(key(row))) map.set(key(row), row);
  return map;
}
