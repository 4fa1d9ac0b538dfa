// The statuses and sort orders of the invoice list: shared by the server's
// queries and the page's filter form, so both offer the same choices.
export const INVOICE_STATUSES = [
  "paid",
  "partially_paid",
  "overdue",
  "unpaid",
  "cancelled",
] as const;

export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

export const INVOICE_SORTS = ["date", "due", "number", "amount"] as const;

export type InvoiceSort = (typeof INVOICE_SORTS)[number];
