import { eq } from "drizzle-orm";
import type { Tx } from "../../db/client";
import { payments } from "../../db/schema";
import type { CompanyIds } from "./apply-parties";
import type { Plan } from "./plan";

/** Writes payments by their key; `touched` gains every invoice they move. */
export function applyPayments(
  tx: Tx,
  plan: Plan,
  companyId: CompanyIds,
  invoiceIds: Map<string, number>,
  touched: Set<number>,
) {
  for (const payment of plan.payments) {
    const { value } = payment.valid;
    const invoiceId = invoiceIds.get(value.invoiceNumber)!;
    const values = {
      companyId: companyId(payment.company),
      invoiceId,
      amount: value.amount,
      currency: payment.currency,
      paidOn: value.paidOn,
      method: value.method,
      reference: value.reference,
    };
    touched.add(invoiceId);

    if (payment.id === null) {
      tx.insert(payments)
        .values({
          ...values,
          source: "import",
          externalRef: payment.key,
        })
        .run();
      continue;
    }

    const before = tx
      .select({ invoiceId: payments.invoiceId })
      .from(payments)
      .where(eq(payments.id, payment.id))
      .get();
    if (before?.invoiceId) touched.add(before.invoiceId);
    tx.update(payments).set(values).where(eq(payments.id, payment.id)).run();
  }
}
