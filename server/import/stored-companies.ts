import { inArray, type Column } from "drizzle-orm";
import type { Db } from "../../db/client";
import { companies } from "../../db/schema";
import { vatKey } from "./checksums";
import { foldKey, spellings } from "./keys";
import { chunked } from "./plan";

export type StoredCompany = {
  id: number;
  name: string;
  externalRef: string | null;
  vatCode: string;
};

/** Stored companies with any of these refs or VAT codes, by folded key. */
export function readStored(db: Db, refs: unknown[], vats: unknown[]) {
  const columns = {
    id: companies.id,
    name: companies.name,
    externalRef: companies.externalRef,
    vatCode: companies.vatCode,
  };
  const read = (column: Column, values: string[]) =>
    chunked(values, (chunk) =>
      db.select(columns).from(companies).where(inArray(column, chunk)).all(),
    );
  const vatSpellings = vats.filter(isText).flatMap((code) => {
    const key = vatKey(code);
    return /^\d/.test(key) ? [key, `RO${key}`] : [key];
  });

  const byRef = new Map<string, StoredCompany>();
  const refSpellings = refs.filter(isText).flatMap((ref) => spellings(ref));
  for (const company of read(companies.externalRef, refSpellings)) {
    byRef.set(foldKey(company.externalRef!), company);
  }
  const byVat = new Map<string, StoredCompany[]>();
  for (const company of read(companies.vatCode, vatSpellings)) {
    const key = vatKey(company.vatCode);
    byVat.set(key, [...(byVat.get(key) ?? []), company]);
  }
  return { byRef, byVat };
}

function isText(value: unknown): value is string {
  return typeof value === "string" && value !== "";
}
