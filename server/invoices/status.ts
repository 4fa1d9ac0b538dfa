import { and, eq, gt, gte, lt, lte, type SQL } from "drizzle-orm";
import { invoices } from "../../db/schema";

import type { InvoiceStatus } from "../../app/lib/invoice-options";

export {
  INVOICE_STATUSES,
  type InvoiceStatus,
} from "../../app/lib/invoice-options";

type Amounts = {
  state: "draft" | "issued" | "cancelled";
  total: number;
  amountDue: number;
  amountPaid: number;
  dueDate: string;
};

/**
 * The status a client sees, computed when read: PAID when nothing is left
 * (a zero total is paid), OVERDUE when something is left after the due date,
 * PARTIALLY PAID when something was paid (a credit note alone only lowers
 * what is left), UNPAID otherwise.
 */
export function invoiceStatus(invoice: Amounts, today: string): InvoiceStatus {
  if (invoice.state === "cancelled") return "cancelled";
  if (invoice.amountDue <= 0) return "paid";
  if (invoice.dueDate < today) return "overdue";
  if (invoice.amountPaid > 0) return "partially_paid";
  return "unpaid";
}

/** The same rule as a filter, so lists filter in SQL on indexed columns. */
export function invoiceStatusFilter(status: InvoiceStatus, today: string): SQL {
  const issued = eq(invoices.state, "issued");
  const open = gt(invoices.amountDue, 0);
  const notDue = gte(invoices.dueDate, today);
  switch (status) {
    case "cancelled":
      return eq(invoices.state, "cancelled");
    case "paid":
      return and(issued, lte(invoices.amountDue, 0))!;
    case "overdue":
      return and(issued, open, lt(invoices.dueDate, today))!;
    case "partially_paid":
      return and(issued, open, notDue, gt(invoices.amountPaid, 0))!;
    case "unpaid":
      return and(issued, open, notDue, lte(invoices.amountPaid, 0))!;
  }
}
