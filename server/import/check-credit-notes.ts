import { inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { creditNotes } from "../../db/schema";
import type { StoredInvoice } from "./check-invoices";
import { computeTotals, groupLines } from "./check-lines";
import { foldKey, spellings } from "./keys";
import { chunked, indexBy, sameCompany, type CompanyTarget } from "./plan";
import type { Mentioned } from "./mentioned";
import type { PlannedCreditNote, PlannedDocument } from "./plan";
import type { Issue, RawRow } from "./types";
import { issueAt, type Valid, type ValidInput } from "./validate";

type Row = Valid<"creditNotes">["value"];
type Resolve = (raw: RawRow, row: Row) => CompanyTarget | undefined;
export type Invoices = {
  planned: Map<string, PlannedDocument<"invoices">>;
  stored: Map<string, StoredInvoice>;
};

/** The company and currency of an invoice in the file or in the portal. */
export function findInvoice(invoices: Invoices, number: string) {
  const inFile = invoices.planned.get(number);
  if (inFile) return { company: inFile.company, currency: inFile.currency };
  const kept = invoices.stored.get(number);
  if (!kept) return undefined;
  return { company: { id: kept.companyId }, currency: kept.currency };
}

export function planCreditNotes(
  db: Db,
  valid: ValidInput,
  invoices: Invoices,
  resolve: Resolve,
  inFile: Mentioned,
  issues: Issue[],
) {
  const lines = groupLines(
    valid.creditNoteLines,
    "creditNoteNumber",
    inFile.creditNotes,
    issues,
  );
  const numbers = valid.creditNotes.map((row) => row.value.number);
  const stored = indexBy(
    chunked(numbers.flatMap(spellings), (chunk) =>
      db
        .select({ number: creditNotes.number, id: creditNotes.id })
        .from(creditNotes)
        .where(inArray(creditNotes.number, chunk))
        .all(),
    ),
    (note) => foldKey(note.number),
  );

  const planned = new Map<string, PlannedCreditNote>();
  for (const row of valid.creditNotes) {
    const { number, invoiceNumber, companyRef, companyVat } = row.value;
    const problem = (field: string, message: string) =>
      issues.push(issueAt(row.raw, field, message));
    const twin = planned.get(number);
    if (twin) {
      problem("number", `repeats the credit note on ${twin.valid.raw.at.row}`);
      continue;
    }

    const own = lines.get(number) ?? [];
    const given = inFile.creditNoteLines.get(number) ?? 0;
    const totals = computeTotals(row.raw, row.value, own, given, issues);
    if (totals && totals.total <= 0) {
      problem("total", "must be above zero: a credit note lowers what is due");
    }
    const invoice = invoiceNumber ? findInvoice(invoices, invoiceNumber) : null;
    if (invoice === undefined && !inFile.invoices.has(invoiceNumber!)) {
      problem("invoiceNumber", `no invoice has the number "${invoiceNumber}"`);
    }
    const named =
      !invoice || companyRef || companyVat
        ? resolve(row.raw, row.value)
        : undefined;
    if (invoice && named && !sameCompany(named, invoice.company)) {
      const field = companyRef ? "companyRef" : "companyVat";
      problem(field, `is not the company of invoice ${invoiceNumber}`);
      continue;
    }
    const currency = row.value.currency ?? invoice?.currency ?? "RON";
    if (invoice && currency !== invoice.currency) {
      problem("currency", `is not the invoice's currency, ${invoice.currency}`);
      continue;
    }
    const company = named ?? invoice?.company;
    if (!totals || totals.total <= 0 || invoice === undefined || !company) {
      continue;
    }

    planned.set(number, {
      valid: row,
      lines: own,
      totals,
      company,
      currency,
      invoiceNumber: invoiceNumber ?? null,
      id: stored.get(number)?.id ?? null,
    });
  }
  return [...planned.values()];
}
