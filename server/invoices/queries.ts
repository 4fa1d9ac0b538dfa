import { and, asc, count, desc, eq, inArray, ne } from "drizzle-orm";
import type { Db } from "../../db/client";
import { creditNotes, invoiceLines, invoices, payments } from "../../db/schema";
import {
  invoiceStatus,
  invoiceStatusFilter,
  type InvoiceStatus,
} from "./status";

import type { InvoiceSort } from "../../app/lib/invoice-options";

export { INVOICE_SORTS, type InvoiceSort } from "../../app/lib/invoice-options";

const SORT_COLUMNS = {
  date: invoices.issueDate,
  due: invoices.dueDate,
  number: invoices.number,
  amount: invoices.total,
} as const;

export type InvoiceListQuery = {
  status: InvoiceStatus | null;
  sort: InvoiceSort;
  direction: "asc" | "desc";
  page: number;
  perPage: number;
  today: string;
};

/** What the client still owes: nothing on a cancelled or settled invoice. */
function leftToPay(status: InvoiceStatus, amountDue: number) {
  return status === "cancelled" ? 0 : Math.max(0, amountDue);
}

// Drafts never reach the portal: every read starts from this.
const visibleTo = (companyId: number) =>
  and(eq(invoices.companyId, companyId), ne(invoices.state, "draft"));

const listColumns = {
  id: invoices.id,
  number: invoices.number,
  state: invoices.state,
  issueDate: invoices.issueDate,
  dueDate: invoices.dueDate,
  currency: invoices.currency,
  total: invoices.total,
  amountDue: invoices.amountDue,
  amountPaid: invoices.amountPaid,
};

export function listInvoices(db: Db, companyId: number, q: InvoiceListQuery) {
  const where = and(
    visibleTo(companyId),
    q.status ? invoiceStatusFilter(q.status, q.today) : undefined,
  );
  const { total } = db
    .select({ total: count() })
    .from(invoices)
    .where(where)
    .get()!;

  const order = q.direction === "asc" ? asc : desc;
  const rows = db
    .select(listColumns)
    .from(invoices)
    .where(where)
    .orderBy(order(SORT_COLUMNS[q.sort]), order(invoices.id))
    .limit(q.perPage)
    .offset((q.page - 1) * q.perPage)
    .all();

  return {
    total,
    rows: rows.map((row) => {
      const status = invoiceStatus(row, q.today);
      return { ...row, status, leftToPay: leftToPay(status, row.amountDue) };
    }),
  };
}

export type InvoiceListRow = ReturnType<typeof listInvoices>["rows"][number];

/** One invoice of the company with what settled it, or null. */
export function getInvoice(
  db: Db,
  companyId: number,
  invoiceId: number,
  today: string,
) {
  const invoice = db
    .select()
    .from(invoices)
    .where(and(visibleTo(companyId), eq(invoices.id, invoiceId)))
    .get();
  if (!invoice) return null;

  const lines = db
    .select()
    .from(invoiceLines)
    .where(eq(invoiceLines.invoiceId, invoice.id))
    .orderBy(asc(invoiceLines.position), asc(invoiceLines.id))
    .all();
  const paid = db
    .select({
      id: payments.id,
      amount: payments.amount,
      currency: payments.currency,
      paidOn: payments.paidOn,
      method: payments.method,
      reference: payments.reference,
    })
    .from(payments)
    .where(eq(payments.invoiceId, invoice.id))
    .orderBy(asc(payments.paidOn), asc(payments.id))
    .all();
  const credited = db
    .select({
      id: creditNotes.id,
      number: creditNotes.number,
      issueDate: creditNotes.issueDate,
      total: creditNotes.total,
      currency: creditNotes.currency,
      reason: creditNotes.reason,
    })
    .from(creditNotes)
    .where(
      and(
        eq(creditNotes.invoiceId, invoice.id),
        inArray(creditNotes.state, ["issued"]),
      ),
    )
    .orderBy(asc(creditNotes.issueDate), asc(creditNotes.id))
    .all();

  const status = invoiceStatus(invoice, today);
  return {
    ...invoice,
    status,
    leftToPay: leftToPay(status, invoice.amountDue),
    lines,
    payments: paid,
    creditNotes: credited,
  };
}

export type InvoiceDetail = NonNullable<ReturnType<typeof getInvoice>>;
