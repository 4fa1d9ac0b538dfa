import { and, inArray, lt } from "drizzle-orm";
import type { Db } from "../../db/client";
import { invoices } from "../../db/schema";
import { audit } from "../audit";
import { refreshInvoiceBalance } from "../invoices/ledger";
import { applyCreditNotes, applyInvoices } from "./apply-documents";
import { applyCompanies, applyContacts, applyPeople } from "./apply-parties";
import { applyPayments } from "./apply-payments";
import { chunked, type Plan } from "./plan";
import { summarize } from "./report";

/** Thrown inside the transaction when a stored balance would go negative. */
export class BalanceError extends Error {}

/** Writes a checked plan in one transaction: all of it or nothing. */
export function applyPlan(db: Db, plan: Plan, file: string) {
  return db.transaction((tx) => {
    const companyId = applyCompanies(tx, plan);
    const personIds = applyPeople(tx, plan);
    applyContacts(tx, plan, companyId, personIds);

    const invoiceIds = applyInvoices(tx, plan, companyId);
    const touched = new Set(
      plan.invoices.map((invoice) =>
        invoiceIds.get(invoice.valid.value.number)!,
      ),
    );
    applyCreditNotes(tx, plan, companyId, invoiceIds, touched);
    applyPayments(tx, plan, companyId, invoiceIds, touched);

    // The check ran before the transaction; this catches a payment the
    // portal recorded in between, so a balance never goes below zero.
    for (const id of touched) refreshInvoiceBalance(tx, id);
    const [overpaid] = chunked([...touched], (chunk) =>
      tx
        .select({ number: invoices.number })
        .from(invoices)
        .where(and(inArray(invoices.id, chunk), lt(invoices.amountDue, 0)))
        .all(),
    );
    if (overpaid) {
      const message = `invoice ${overpaid.number} would be paid over its total`;
      throw new BalanceError(message);
    }

    audit(tx, {
      actorType: "system",
      action: "import",
      details: { file, ...summarize(plan) },
    });
  });
}
