import { eq } from "drizzle-orm";
import type { Writer } from "../../db/client";
import {
  creditNoteLines,
  creditNotes,
  invoiceLines,
  invoices,
  payments,
} from "../../db/schema";
import { documentTotals, lineAmounts, type LineInput } from "../money";
import { refreshInvoiceBalance } from "./ledger";

export type NewLine = LineInput & { description: string; unit?: string };

export type NewInvoice = {
  companyId: number;
  number: string;
  state: "draft" | "issued" | "cancelled";
  issueDate: string;
  dueDate: string;
  currency: string;
  exchangeRateE4?: number | null;
  notes?: string;
  lines: NewLine[];
};

/** Lines with their amounts and positions, ready to insert. */
export function priced(lines: NewLine[]) {
  return lines.map((line, index) => ({
    ...line,
    ...lineAmounts(line),
    position: index + 1,
  }));
}

/** Inserts an invoice with its lines; totals come from the lines. */
export function createInvoice(tx: Writer, input: NewInvoice) {
  const totals = documentTotals(input.lines);
  const { id } = tx
    .insert(invoices)
    .values({
      ...input,
      ...totals,
      amountDue: totals.total,
      exchangeRateE4: input.exchangeRateE4 ?? null,
    })
    .returning({ id: invoices.id })
    .get();

  if (input.lines.length > 0) {
    tx.insert(invoiceLines)
      .values(priced(input.lines).map((line) => ({ ...line, invoiceId: id })))
      .run();
  }
  return id;
}

export type NewPayment = {
  invoiceId: number;
  amount: number;
  paidOn: string;
  method: (typeof payments.$inferInsert)["method"];
  source: (typeof payments.$inferInsert)["source"];
  reference?: string;
  externalRef?: string | null;
};

export class OverpaymentError extends Error {}

/**
 * Records a payment against an invoice and updates what is left, refusing
 * one larger than what is left.
 */
export function recordPayment(tx: Writer, input: NewPayment) {
  const invoice = tx
    .select()
    .from(invoices)
    .where(eq(invoices.id, input.invoiceId))
    .get();
  if (!invoice) throw new Error(`invoice ${input.invoiceId} does not exist`);
  if (invoice.state !== "issued") {
    throw new OverpaymentError(`invoice ${invoice.number} is not issued`);
  }
  if (input.amount <= 0 || input.amount > invoice.amountDue) {
    throw new OverpaymentError(
      `payment of ${input.amount} does not fit invoice ${invoice.number}`,
    );
  }

  const { id } = tx
    .insert(payments)
    .values({
      ...input,
      companyId: invoice.companyId,
      currency: invoice.currency,
    })
    .returning({ id: payments.id })
    .get();
  refreshInvoiceBalance(tx, invoice.id);
  return id;
}

export type NewCreditNote = {
  invoiceId: number;
  number: string;
  issueDate: string;
  reason: string;
  lines: NewLine[];
};

/** Issues a credit note against an invoice; its total is credited. */
export function issueCreditNote(tx: Writer, input: NewCreditNote) {
  const invoice = tx
    .select()
    .from(invoices)
    .where(eq(invoices.id, input.invoiceId))
    .get();
  if (!invoice) throw new Error(`invoice ${input.invoiceId} does not exist`);

  const { id } = tx
    .insert(creditNotes)
    .values({
      companyId: invoice.companyId,
      invoiceId: invoice.id,
      number: input.number,
      state: "issued",
      issueDate: input.issueDate,
      currency: invoice.currency,
      reason: input.reason,
      ...documentTotals(input.lines),
    })
    .returning({ id: creditNotes.id })
    .get();
  if (input.lines.length > 0) {
    tx.insert(creditNoteLines)
      .values(
        priced(input.lines).map((line) => ({ ...line, creditNoteId: id })),
      )
      .run();
  }
  refreshInvoiceBalance(tx, invoice.id);
  return id;
}
