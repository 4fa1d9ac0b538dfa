import {
  index,
  integer,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";
import {
  calendarDate,
  currency,
  id,
  instant,
  lineColumns,
  money,
  timestamps,
  totals,
} from "./columns";
import { companies, people, staff } from "./parties";
import { salesOrders } from "./sales";

export const INVOICE_STATES = ["draft", "issued", "cancelled"] as const;
export const PROFORMA_STATES = ["draft", "sent", "cancelled"] as const;
export const PAYMENT_METHODS = [
  "bank_transfer",
  "card",
  "cash",
  "compensation",
  "other",
] as const;
export const PAYMENT_SOURCES = ["staff", "import", "gateway"] as const;

export const proformas = sqliteTable(
  "proformas",
  {
    id: id(),
    companyId: integer("company_id")
      .notNull()
      .references(() => companies.id),
    number: text("number").notNull().unique(),
    state: text("state", { enum: PROFORMA_STATES }).notNull(),
    issueDate: calendarDate("issue_date").notNull(),
    dueDate: calendarDate("due_date").notNull(),
    ...totals(),
    amountPaid: money("amount_paid"),
    notes: text("notes").notNull().default(""),
    ...timestamps(),
  },
  (t) => [
    index("proformas_company_date_idx").on(t.companyId, t.issueDate, t.id),
  ],
);

export const proformaLines = sqliteTable(
  "proforma_lines",
  {
    ...lineColumns(),
    proformaId: integer("proforma_id")
      .notNull()
      .references(() => proformas.id),
  },
  (t) => [index("proforma_lines_doc_idx").on(t.proformaId, t.position)],
);

// `amountPaid`, `amountCredited` and `amountDue` are kept in step with
// payments and credit notes inside the same transaction, so the list can
// filter on "what is left" with an index instead of summing rows.
export const invoices = sqliteTable(
  "invoices",
  {
    id: id(),
    companyId: integer("company_id")
      .notNull()
      .references(() => companies.id),
    number: text("number").notNull().unique(),
    state: text("state", { enum: INVOICE_STATES }).notNull(),
    issueDate: calendarDate("issue_date").notNull(),
    dueDate: calendarDate("due_date").notNull(),
    ...totals(),
    amountPaid: money("amount_paid"),
    amountCredited: money("amount_credited"),
    amountDue: money("amount_due"),
    // Lei per one unit of a foreign currency, times 10 000 (BNR's 4 places).
    exchangeRateE4: integer("exchange_rate_e4"),
    proformaId: integer("proforma_id").references(() => proformas.id),
    salesOrderId: integer("sales_order_id").references(() => salesOrders.id),
    notes: text("notes").notNull().default(""),
    ...timestamps(),
  },
  // Each list order has its own index, ending in the id tie-breaker and the
  // state, so a page is read in order without sorting and counted without
  // touching the table. Drafts are rare and skipped while reading.
  (t) => [
    index("invoices_company_issue_idx").on(
      t.companyId,
      t.issueDate,
      t.id,
      t.state,
    ),
    index("invoices_company_due_idx").on(t.companyId, t.dueDate, t.id, t.state),
    index("invoices_company_total_idx").on(t.companyId, t.total, t.id, t.state),
    index("invoices_company_number_idx").on(t.companyId, t.number, t.state),
    index("invoices_company_open_idx").on(
      t.companyId,
      t.state,
      t.amountDue,
      t.dueDate,
      t.currency,
    ),
  ],
);

export const invoiceLines = sqliteTable(
  "invoice_lines",
  {
    ...lineColumns(),
    invoiceId: integer("invoice_id")
      .notNull()
      .references(() => invoices.id),
  },
  (t) => [index("invoice_lines_doc_idx").on(t.invoiceId, t.position)],
);

export const payments = sqliteTable(
  "payments",
  {
    id: id(),
    companyId: integer("company_id")
      .notNull()
      .references(() => companies.id),
    invoiceId: integer("invoice_id").references(() => invoices.id),
    proformaId: integer("proforma_id").references(() => proformas.id),
    amount: money("amount"),
    currency: currency(),
    paidOn: calendarDate("paid_on").notNull(),
    method: text("method", { enum: PAYMENT_METHODS }).notNull(),
    reference: text("reference").notNull().default(""),
    source: text("source", { enum: PAYMENT_SOURCES }).notNull(),
    // A gateway's event or an import's key: recorded once, however often
    // the same notification or file arrives.
    externalRef: text("external_ref").unique(),
    recordedByStaffId: integer("recorded_by_staff_id").references(
      () => staff.id,
    ),
    paidByPersonId: integer("paid_by_person_id").references(() => people.id),
    createdAt: instant("created_at")
      .notNull()
      .$defaultFn(() => new Date()),
  },
  (t) => [
    index("payments_invoice_idx").on(t.invoiceId, t.paidOn, t.id),
    index("payments_proforma_idx").on(t.proformaId),
    index("payments_company_date_idx").on(
      t.companyId,
      t.currency,
      t.paidOn,
      t.id,
    ),
  ],
);

export const creditNotes = sqliteTable(
  "credit_notes",
  {
    id: id(),
    companyId: integer("company_id")
      .notNull()
      .references(() => companies.id),
    invoiceId: integer("invoice_id").references(() => invoices.id),
    number: text("number").notNull().unique(),
    state: text("state", { enum: INVOICE_STATES }).notNull(),
    issueDate: calendarDate("issue_date").notNull(),
    ...totals(),
    reason: text("reason").notNull().default(""),
    ...timestamps(),
  },
  (t) => [
    index("credit_notes_company_date_idx").on(
      t.companyId,
      t.currency,
      t.issueDate,
      t.id,
    ),
    index("credit_notes_invoice_idx").on(t.invoiceId),
  ],
);

export const creditNoteLines = sqliteTable(
  "credit_note_lines",
  {
    ...lineColumns(),
    creditNoteId: integer("credit_note_id")
      .notNull()
      .references(() => creditNotes.id),
  },
  (t) => [index("credit_note_lines_doc_idx").on(t.creditNoteId, t.position)],
);

// A checkout started with a payment gateway, so that its notification can be
// matched to the invoice and amount the client agreed to.
export const paymentAttempts = sqliteTable(
  "payment_attempts",
  {
    id: id(),
    invoiceId: integer("invoice_id")
      .notNull()
      .references(() => invoices.id),
    companyId: integer("company_id")
      .notNull()
      .references(() => companies.id),
    personId: integer("person_id")
      .notNull()
      .references(() => people.id),
    amount: money("amount"),
    currency: currency(),
    gateway: text("gateway").notNull(),
    gatewayRef: text("gateway_ref").unique(),
    status: text("status", {
      enum: ["started", "succeeded", "failed", "expired"],
    }).notNull(),
    ...timestamps(),
  },
  (t) => [uniqueIndex("payment_attempts_ref_idx").on(t.gateway, t.gatewayRef)],
);
