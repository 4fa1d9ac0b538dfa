import { eq } from "drizzle-orm";
import type { Tx } from "../../db/client";
import { creditNoteLines, creditNotes } from "../../db/schema";
import { invoiceLines, invoices } from "../../db/schema";
import { priced } from "../invoices/write";
import type { CompanyIds } from "./apply-parties";
import type { Plan } from "./plan";
import type { Valid } from "./validate";

type Line = Valid<"invoiceLines" | "creditNoteLines">;

function lineRows(lines: Line[]) {
  return priced(
    lines.map(({ value }) => ({
      quantityMilli: value.quantity,
      unitPrice: value.unitPrice,
      vatRateBp: value.vatRate,
      description: value.description,
      unit: value.unit,
    })),
  );
}

/** Writes the file's invoices, their lines replacing any stored ones. */
export function applyInvoices(tx: Tx, plan: Plan, companyId: CompanyIds) {
  const ids = new Map(plan.invoiceIds);
  for (const invoice of plan.invoices) {
    const { value } = invoice.valid;
    const values = {
      companyId: companyId(invoice.company),
      number: value.number,
      state: value.state,
      issueDate: value.issueDate,
      dueDate: value.dueDate,
      currency: invoice.currency,
      exchangeRateE4: invoice.currency === "RON" ? null : value.exchangeRate,
      notes: value.notes,
      ...invoice.totals,
    };

    let id = invoice.id;
    if (id === null) {
      id = tx
        .insert(invoices)
        .values(values)
        .returning({ id: invoices.id })
        .get().id;
    } else {
      tx.update(invoices)
        .set({ ...values, updatedAt: new Date() })
        .where(eq(invoices.id, id))
        .run();
      tx.delete(invoiceLines).where(eq(invoiceLines.invoiceId, id)).run();
    }

    const lines = lineRows(invoice.lines).map((line) => ({
      ...line,
      invoiceId: id,
    }));
    tx.insert(invoiceLines).values(lines).run();
    ids.set(value.number, id);
  }
  return ids;
}

/** Writes credit notes; `touched` gains every invoice whose credit changed. */
export function applyCreditNotes(
  tx: Tx,
  plan: Plan,
  companyId: CompanyIds,
  invoiceIds: Map<string, number>,
  touched: Set<number>,
) {
  for (const note of plan.creditNotes) {
    const { value } = note.valid;
    const invoiceId = note.invoiceNumber
      ? invoiceIds.get(note.invoiceNumber)!
      : null;
    const values = {
      companyId: companyId(note.company),
      invoiceId,
      number: value.number,
      state: value.state,
      issueDate: value.issueDate,
      currency: note.currency,
      reason: value.reason,
      ...note.totals,
    };
    if (invoiceId) touched.add(invoiceId);

    let id = note.id;
    if (id === null) {
      id = tx
        .insert(creditNotes)
        .values(values)
        .returning({ id: creditNotes.id })
        .get().id;
    } else {
      const before = tx
        .select({ invoiceId: creditNotes.invoiceId })
        .from(creditNotes)
        .where(eq(creditNotes.id, id))
        .get();
      if (before?.invoiceId) touched.add(before.invoiceId);
      tx.update(creditNotes)
        .set({ ...values, updatedAt: new Date() })
        .where(eq(creditNotes.id, id))
        .run();
      tx.delete(creditNoteLines)
        .where(eq(creditNoteLines.creditNoteId, id))
        .run();
    }

    const lines = lineRows(note.lines).map((line) => ({
      ...line,
      creditNoteId: id,
    }));
    tx.insert(creditNoteLines).values(lines).run();
  }
}
