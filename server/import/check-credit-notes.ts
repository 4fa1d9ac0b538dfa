import { eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import {
  companies,
  creditNotes,
  invoices as invoiceTable,
} from "../../db/schema";
import type { StoredInvoice } from "./check-invoices";
import { computeTotals, groupLines } from "./check-lines";
import { moved } from "./check-moves";
import { twinFinder } from "./twins";
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
        .select({
          number: creditNotes.number,
          id: creditNotes.id,
          companyId: creditNotes.companyId,
          companyName: companies.name,
          invoiceNumber: invoiceTable.number,
        })
        .from(creditNotes)
        .innerJoin(companies, eq(companies.id, creditNotes.companyId))
        .leftJoin(invoiceTable, eq(invoiceTable.id, creditNotes.invoiceId))
        .where(inArray(creditNotes.number, chunk))
        .all(),
    ),
    (note) => foldKey(note.number),
  );

  const planned = new Map<string, PlannedCreditNote>();
  const twinOf = twinFinder("credit note");
  for (const row of valid.creditNotes) {
    const { number, invoiceNumber, companyRef, companyVat } = row.value;
    const problem = (field: string, message: string) =>
      issues.push(issueAt(row.raw, field, message));
    const twin = twinOf(number, row.raw);
    if (twin) {
      problem("number", twin);
      continue;
    }

    const own = lines.get(number) ?? [];
    const given = inFile.creditNoteLines.get(number) ?? 0;
    const totals = computeTotals(row.raw, row.value, own, given, issues);
    if (totals && totals.total <= 0) {
      problem("total", "must be above zero: a credit note lowers what is due");
    }
    const link = invoiceNumber ?? null;
    const invoice = link ? findInvoice(invoices, link) : null;
    if (invoice === undefined && !inFile.invoices.has(link!)) {
      problem("invoiceNumber", `no invoice has the number "${link}"`);
    }
    const companyField = companyRef ? "companyRef" : "companyVat";
    const named =
      !invoice || companyRef || companyVat
        ? resolve(row.raw, row.value)
        : undefined;
    if (invoice && named && !sameCompany(named, invoice.company)) {
      problem(companyField, `is not the company of invoice ${link}`);
      continue;
    }
    const currency = row.value.currency ?? invoice?.currency ?? "RON";
    if (invoice && currency !== invoice.currency) {
      problem("currency", `is not the invoice's currency, ${invoice.currency}`);
      continue;
    }
    const company = named ?? invoice?.company;
    const was = stored.get(number);
    const move =
      was && company && moved(`credit note ${number}`, was, company, link);
    if (move) {
      problem(move[0] === "company" ? companyField : move[0], move[1]);
      continue;
    }
    if (!totals || totals.total <= 0 || invoice === undefined || !company) {
      continue;
    }

    planned.set(number, {
      valid: row,
      lines: own,
      totals,
      company,
      currency,
      invoiceNumber: link,
      id: was?.id ?? null,
    });
  }
  return [...planned.values()];
}
