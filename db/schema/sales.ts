import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import {
  calendarDate,
  currency,
  flag,
  id,
  instant,
  lineColumns,
  money,
  timestamps,
  totals,
} from "./columns";
import { companies, people, staff } from "./parties";

export const SALES_ORDER_STATES = [
  "draft",
  "sent",
  "accepted",
  "declined",
] as const;
export const PROPOSAL_STATES = [
  "draft",
  "open",
  "accepted",
  "declined",
] as const;
export const CONTRACT_STATES = ["draft", "active", "cancelled"] as const;

// Who decided, when and from where: kept on every client decision.
const decision = () => ({
  decidedAt: instant("decided_at"),
  decidedByPersonId: integer("decided_by_person_id").references(
    () => people.id,
  ),
  decisionIp: text("decision_ip"),
  declineReason: text("decline_reason"),
});

export const salesOrders = sqliteTable(
  "sales_orders",
  {
    id: id(),
    companyId: integer("company_id")
      .notNull()
      .references(() => companies.id),
    number: text("number").notNull().unique(),
    subject: text("subject").notNull(),
    state: text("state", { enum: SALES_ORDER_STATES }).notNull(),
    issueDate: calendarDate("issue_date").notNull(),
    validUntil: calendarDate("valid_until").notNull(),
    ...totals(),
    agentStaffId: integer("agent_staff_id").references(() => staff.id),
    notes: text("notes").notNull().default(""),
    ...decision(),
    ...timestamps(),
  },
  (t) => [
    index("sales_orders_company_date_idx").on(
      t.companyId,
      t.state,
      t.issueDate,
      t.id,
    ),
    index("sales_orders_company_valid_idx").on(
      t.companyId,
      t.state,
      t.validUntil,
      t.id,
    ),
  ],
);

export const salesOrderLines = sqliteTable(
  "sales_order_lines",
  {
    ...lineColumns(),
    salesOrderId: integer("sales_order_id")
      .notNull()
      .references(() => salesOrders.id),
  },
  (t) => [index("sales_order_lines_doc_idx").on(t.salesOrderId, t.position)],
);

export const proposals = sqliteTable(
  "proposals",
  {
    id: id(),
    companyId: integer("company_id")
      .notNull()
      .references(() => companies.id),
    number: text("number").notNull().unique(),
    title: text("title").notNull(),
    content: text("content").notNull().default(""),
    state: text("state", { enum: PROPOSAL_STATES }).notNull(),
    issueDate: calendarDate("issue_date").notNull(),
    validUntil: calendarDate("valid_until").notNull(),
    ...totals(),
    agentStaffId: integer("agent_staff_id").references(() => staff.id),
    ...decision(),
    ...timestamps(),
  },
  (t) => [
    index("proposals_company_date_idx").on(
      t.companyId,
      t.state,
      t.issueDate,
      t.id,
    ),
    index("proposals_company_valid_idx").on(
      t.companyId,
      t.state,
      t.validUntil,
      t.id,
    ),
  ],
);

export const proposalLines = sqliteTable(
  "proposal_lines",
  {
    ...lineColumns(),
    proposalId: integer("proposal_id")
      .notNull()
      .references(() => proposals.id),
  },
  (t) => [index("proposal_lines_doc_idx").on(t.proposalId, t.position)],
);

export const contracts = sqliteTable(
  "contracts",
  {
    id: id(),
    companyId: integer("company_id")
      .notNull()
      .references(() => companies.id),
    number: text("number").notNull().unique(),
    title: text("title").notNull(),
    content: text("content").notNull(),
    state: text("state", { enum: CONTRACT_STATES }).notNull(),
    startDate: calendarDate("start_date").notNull(),
    endDate: calendarDate("end_date"),
    value: money("value"),
    currency: currency(),
    requiresSignature: flag("requires_signature"),
    cancelledAt: instant("cancelled_at"),
    ...timestamps(),
  },
  (t) => [
    index("contracts_company_start_idx").on(
      t.companyId,
      t.state,
      t.startDate,
      t.id,
    ),
  ],
);

// Signed text never changes: the signature keeps the SHA-256 of the exact
// content that was shown and signed.
export const contractSignatures = sqliteTable("contract_signatures", {
  id: id(),
  contractId: integer("contract_id")
    .notNull()
    .unique()
    .references(() => contracts.id),
  personId: integer("person_id")
    .notNull()
    .references(() => people.id),
  fullName: text("full_name").notNull(),
  drawnSignature: text("drawn_signature"),
  consent: flag("consent"),
  contentSha256: text("content_sha256").notNull(),
  signedAt: instant("signed_at").notNull(),
  ip: text("ip").notNull(),
  userAgent: text("user_agent").notNull().default(""),
});
