import { and, eq, sum } from "drizzle-orm";
import type { Writer } from "../../db/client";
import { creditNotes, invoices, payments } from "../../db/schema";

/**
 * Recomputes what was paid, credited and is left on an invoice from its
 * payments and issued credit notes. Call it inside the transaction that
 * changed them, so the stored columns never disagree with the rows.
 */
export function refreshInvoiceBalance(tx: Writer, invoiceId: number) {
  const invoice = tx
    .select({ total: invoices.total })
    .from(invoices)
    .where(eq(invoices.id, invoiceId))
    .get();
  if (!invoice) throw new Error(`invoice ${invoiceId} does not exist`);

  const paid = tx
    .select({ value: sum(payments.amount).mapWith(Number) })
    .from(payments)
    .where(eq(payments.invoiceId, invoiceId))
    .get();
  const credited = tx
    .select({ value: sum(creditNotes.total).mapWith(Number) })
    .from(creditNotes)
    .where(
      and(
        eq(creditNotes.invoiceId, invoiceId),
        eq(creditNotes.state, "issued"),
      ),
    )
    .get();

  const amountPaid = paid?.value ?? 0;
  const amountCredited = credited?.value ?? 0;
  tx.update(invoices)
    .set({
      amountPaid,
      amountCredited,
      amountDue: invoice.total - amountPaid - amountCredited,
      updatedAt: new Date(),
    })
    .where(eq(invoices.id, invoiceId))
    .run();
}
