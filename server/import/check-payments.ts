import { eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { companies, invoices as invoiceTable, payments } from "../../db/schema";
import { findInvoice, type Invoices } from "./check-credit-notes";
import { moved } from "./check-moves";
import type { Mentioned } from "./mentioned";
import { chunked, indexBy } from "./plan";
import type { PlannedPayment } from "./plan";
import type { Issue } from "./types";
import { issueAt, type Valid, type ValidInput } from "./validate";

/**
 * The key that makes a payment idempotent: its ref when the file gives one,
 * else invoice, date, amount in minor units and which of the file's equal
 * payments it is ("import:auto:F-1/2024-03-31/119000/1").
 */
export function paymentKeys(rows: Valid<"payments">[]) {
  const seen = new Map<string, number>();
  return rows.map(({ value }) => {
    if (value.ref) return `import:ref:${value.ref}`;
    const base = `${value.invoiceNumber}/${value.paidOn}/${value.amount}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return `import:auto:${base}/${count}`;
  });
}

export function planPayments(
  db: Db,
  valid: ValidInput,
  invoices: Invoices,
  inFile: Mentioned,
  issues: Issue[],
) {
  const keys = paymentKeys(valid.payments);
  const stored = indexBy(
    chunked(keys, (chunk) =>
      db
        .select({
          id: payments.id,
          key: payments.externalRef,
          companyId: payments.companyId,
          companyName: companies.name,
          invoiceNumber: invoiceTable.number,
        })
        .from(payments)
        .innerJoin(companies, eq(companies.id, payments.companyId))
        .leftJoin(invoiceTable, eq(invoiceTable.id, payments.invoiceId))
        .where(inArray(payments.externalRef, chunk))
        .all(),
    ),
    (payment) => payment.key!,
  );

  const planned = new Map<string, PlannedPayment>();
  valid.payments.forEach((row, index) => {
    const { invoiceNumber, currency, ref } = row.value;
    const key = keys[index];
    const problem = (field: string, message: string) =>
      issues.push(issueAt(row.raw, field, message));
    const twin = planned.get(key);
    if (twin) {
      const message = `repeats the payment on ${twin.valid.raw.at.row}`;
      return problem(ref ? "ref" : "amount", message);
    }

    const invoice = findInvoice(invoices, invoiceNumber);
    if (!invoice) {
      if (inFile.invoices.has(invoiceNumber)) return;
      const message = `no invoice has the number "${invoiceNumber}"`;
      return problem("invoiceNumber", message);
    }
    if (currency && currency !== invoice.currency) {
      const message = `is not the invoice's currency, ${invoice.currency}`;
      return problem("currency", message);
    }
    const was = stored.get(key);
    const what = ref ? `payment ${ref}` : "the payment";
    const move = was && moved(what, was, invoice.company, invoiceNumber);
    if (move) return problem("invoiceNumber", move[1]);
    planned.set(key, {
      valid: row,
      key,
      company: invoice.company,
      currency: invoice.currency,
      id: was?.id ?? null,
    });
  });
  return [...planned.values()];
}
