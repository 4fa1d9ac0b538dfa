import { count } from "drizzle-orm";
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import type { Db } from "../../db/client";
import * as schema from "../../db/schema";

export const FIXTURES = join("tests", "fixtures", "import");
export const CSV_EXPORT = join(FIXTURES, "ro-export");
export const JSON_EXPORT = join(FIXTURES, "export.json");
export const BAD_EXPORT = join(FIXTURES, "bad");

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

export function tempDir() {
  const dir = mkdtempSync(join(tmpdir(), "portal-import-"));
  made.push(dir);
  return dir;
}

/** A copy of the CSV export whose files a test may edit. */
export function copyOfCsvExport() {
  const dir = join(tempDir(), "export");
  cpSync(CSV_EXPORT, dir, { recursive: true });
  return dir;
}

export function editFile(path: string, edit: (text: string) => string) {
  writeFileSync(path, edit(readFileSync(path, "utf8")));
}

export function writeFile(name: string, text: string) {
  const path = join(tempDir(), name);
  writeFileSync(path, text);
  return path;
}

export function writeJson(data: unknown) {
  return writeFile("export.json", JSON.stringify(data, null, 2));
}

const TABLES = {
  companies: schema.companies,
  people: schema.people,
  contacts: schema.contacts,
  invoices: schema.invoices,
  invoiceLines: schema.invoiceLines,
  payments: schema.payments,
  creditNotes: schema.creditNotes,
  creditNoteLines: schema.creditNoteLines,
  auditLog: schema.auditLog,
};

/** Rows in every table an import writes to. */
export function rowCounts(db: Db) {
  return Object.fromEntries(
    Object.entries(TABLES).map(([name, table]) => [
      name,
      db.select({ rows: count() }).from(table).get()!.rows,
    ]),
  );
}
