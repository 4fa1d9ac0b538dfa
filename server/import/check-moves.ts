import { inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { creditNotes, payments } from "../../db/schema";
import { foldKey } from "./keys";
import { chunked, sameCompany, type CompanyTarget } from "./plan";
import type { PlannedDocument } from "./plan";
import type { StoredInvoice } from "./check-invoices";
import type { Issue } from "./types";
import { issueAt } from "./validate";

/** Where a stored payment or credit note is now. */
export type Placed = {
  id: number;
  companyId: number;
  companyName: string;
  invoiceNumber: string | null;
};

/**
 * A stored payment or credit note stays with its company and its invoice:
 * its amounts count on that invoice, in that company's statement. Returns
 * the field and words for a row that would move it, or null.
 */
export function moved(
  what: string,
  was: Placed,
  company: CompanyTarget,
  invoiceNumber: string | null,
): [field: "invoiceNumber" | "company", message: string] | null {
  const from = was.invoiceNumber ? foldKey(was.invoiceNumber) : null;
  if (from !== invoiceNumber) {
    const on = from ? `is on invoice ${from}` : "is on no invoice";
    const to = invoiceNumber ? `move to invoice ${invoiceNumber}` : "leave it";
    return ["invoiceNumber", `${what} ${on} in the portal; it cannot ${to}`];
  }
  if (!sameCompany(company, { id: was.companyId })) {
    const message =
      `${what} belongs to ${was.companyName} in the portal; ` +
      `it cannot move to another company`;
    return ["company", message];
  }
  return null;
}

/**
 * A stored invoice keeps its currency once payments or credit notes are
 * recorded against it: they are in that currency, and the invoice's paid
 * and credited amounts would add up two currencies.
 */
export function checkCurrencies(
  db: Db,
  planned: Map<string, PlannedDocument<"invoices">>,
  stored: Map<string, StoredInvoice>,
  issues: Issue[],
) {
  const changed = [...planned].flatMap(([number, invoice]) => {
    const kept = stored.get(number);
    return kept && kept.currency !== invoice.currency
      ? [{ invoice, kept }]
      : [];
  });
  const ids = changed.map(({ kept }) => kept.id);
  const paid = new Set(
    chunked(ids, (chunk) =>
      db
        .selectDistinct({ id: payments.invoiceId })
        .from(payments)
        .where(inArray(payments.invoiceId, chunk))
        .all(),
    ).map((row) => row.id),
  );
  const credited = new Set(
    chunked(ids, (chunk) =>
      db
        .selectDistinct({ id: creditNotes.invoiceId })
        .from(creditNotes)
        .where(inArray(creditNotes.invoiceId, chunk))
        .all(),
    ).map((row) => row.id),
  );

  for (const { invoice, kept } of changed) {
    const held = [
      ...(paid.has(kept.id) ? ["payments"] : []),
      ...(credited.has(kept.id) ? ["credit notes"] : []),
    ];
    if (held.length === 0) continue;
    const message =
      `cannot change from ${kept.currency} to ${invoice.currency}: ` +
      `invoice ${kept.number} has ${held.join(" and ")} in ${kept.currency}`;
    issues.push(issueAt(invoice.valid.raw, "currency", message));
  }
}
