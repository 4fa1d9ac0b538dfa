import { inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { invoices } from "../../db/schema";
import { computeTotals, groupLines } from "./check-lines";
import { foldKey, spellings } from "./keys";
import type { Mentioned } from "./mentioned";
import { chunked, type CompanyTarget } from "./plan";
import type { PlannedDocument } from "./plan";
import type { Issue, RawRow } from "./types";
import { twinFinder } from "./twins";
import { issueAt, type Valid, type ValidInput } from "./validate";

type Row = Valid<"invoices">["value"];
type Resolve = (raw: RawRow, row: Row) => CompanyTarget | undefined;

export type StoredInvoice = {
  id: number;
  number: string;
  companyId: number;
  currency: string;
  state: "draft" | "issued" | "cancelled";
  total: number;
};

/** Invoices this import names anywhere, as stored now, by folded number. */
export function readInvoices(db: Db, valid: ValidInput) {
  const numbers = [
    ...valid.invoices.map((row) => row.value.number),
    ...valid.payments.map((row) => row.value.invoiceNumber),
    ...valid.creditNotes.flatMap((row) => row.value.invoiceNumber ?? []),
  ];
  const rows = chunked(numbers.flatMap(spellings), (chunk) =>
    db
      .select({
        id: invoices.id,
        number: invoices.number,
        companyId: invoices.companyId,
        currency: invoices.currency,
        state: invoices.state,
        total: invoices.total,
      })
      .from(invoices)
      .where(inArray(invoices.number, chunk))
      .all(),
  );
  return new Map<string, StoredInvoice>(
    rows.map((row) => [foldKey(row.number), row]),
  );
}

export function planInvoices(
  valid: ValidInput,
  stored: Map<string, StoredInvoice>,
  resolve: Resolve,
  inFile: Mentioned,
  issues: Issue[],
) {
  const lines = groupLines(
    valid.invoiceLines,
    "invoiceNumber",
    inFile.invoices,
    issues,
  );

  const planned = new Map<string, PlannedDocument<"invoices">>();
  const twinOf = twinFinder("invoice");
  for (const row of valid.invoices) {
    const { number, companyRef } = row.value;
    const problem = (field: string, message: string) =>
      issues.push(issueAt(row.raw, field, message));
    const twin = twinOf(number, row.raw);
    if (twin) {
      problem("number", twin);
      continue;
    }

    const own = lines.get(number) ?? [];
    const given = inFile.invoiceLines.get(number) ?? 0;
    const totals = computeTotals(row.raw, row.value, own, given, issues);
    if (totals && totals.total < 0) {
      problem("total", "is below zero; record a credit note instead");
    }
    const company = resolve(row.raw, row.value);
    if (!totals || totals.total < 0 || !company) continue;

    const existing = stored.get(number);
    if (existing && !("id" in company && company.id === existing.companyId)) {
      const field = companyRef ? "companyRef" : "companyVat";
      problem(field, `is not the company invoice ${number} already has`);
      continue;
    }
    planned.set(number, {
      valid: row,
      lines: own,
      totals,
      company,
      currency: row.value.currency,
      id: existing?.id ?? null,
    });
  }
  return planned;
}
