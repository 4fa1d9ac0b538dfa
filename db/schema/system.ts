import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { calendarDate, id, instant, timestamps } from "./columns";
import { companies, people, staff } from "./parties";
import { salesOrders } from "./sales";

export const COMMENT_SUBJECTS = ["sales_order", "proposal", "task"] as const;
export const DELIVERY_STATES = ["in_transit", "delivered", "returned"] as const;

// One comment thread per commented thing, seen by the client's contacts and
// the supplier's staff alike. `companyId` is the owner, copied for filtering.
export const comments = sqliteTable(
  "comments",
  {
    id: id(),
    subjectType: text("subject_type", { enum: COMMENT_SUBJECTS }).notNull(),
    subjectId: integer("subject_id").notNull(),
    companyId: integer("company_id")
      .notNull()
      .references(() => companies.id),
    authorPersonId: integer("author_person_id").references(() => people.id),
    authorStaffId: integer("author_staff_id").references(() => staff.id),
    body: text("body").notNull(),
    submissionKey: text("submission_key").unique(),
    createdAt: instant("created_at").notNull(),
  },
  (t) => [
    index("comments_subject_idx").on(
      t.subjectType,
      t.subjectId,
      t.createdAt,
      t.id,
    ),
  ],
);

// `trackingUrl` holds "{awb}" where the AWB number goes.
export const couriers = sqliteTable("couriers", {
  id: id(),
  name: text("name").notNull().unique(),
  trackingUrl: text("tracking_url").notNull(),
});

export const deliveries = sqliteTable(
  "deliveries",
  {
    id: id(),
    companyId: integer("company_id")
      .notNull()
      .references(() => companies.id),
    salesOrderId: integer("sales_order_id").references(() => salesOrders.id),
    courierId: integer("courier_id")
      .notNull()
      .references(() => couriers.id),
    awb: text("awb").notNull(),
    state: text("state", { enum: DELIVERY_STATES }).notNull(),
    shippedOn: calendarDate("shipped_on").notNull(),
    deliveredOn: calendarDate("delivered_on"),
    ...timestamps(),
  },
  (t) => [
    index("deliveries_company_idx").on(t.companyId, t.shippedOn, t.id),
    index("deliveries_awb_idx").on(t.awb),
  ],
);

export const auditLog = sqliteTable(
  "audit_log",
  {
    id: id(),
    at: instant("at").notNull(),
    actorType: text("actor_type", {
      enum: ["person", "staff", "system", "gateway"],
    }).notNull(),
    actorId: integer("actor_id"),
    companyId: integer("company_id").references(() => companies.id),
    action: text("action").notNull(),
    subjectType: text("subject_type"),
    subjectId: integer("subject_id"),
    ip: text("ip").notNull().default(""),
    userAgent: text("user_agent").notNull().default(""),
    details: text("details", { mode: "json" }),
  },
  (t) => [
    index("audit_company_at_idx").on(t.companyId, t.at),
    index("audit_subject_idx").on(t.subjectType, t.subjectId),
  ],
);

// Mail waits here; a sender delivers it when SMTP is configured, and without
// it the messages stay readable by staff.
export const mailOutbox = sqliteTable(
  "mail_outbox",
  {
    id: id(),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    bodyText: text("body_text").notNull(),
    template: text("template").notNull(),
    state: text("state", { enum: ["queued", "sent", "failed"] }).notNull(),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    sentAt: instant("sent_at"),
    ...timestamps(),
  },
  (t) => [index("mail_outbox_state_idx").on(t.state, t.id)],
);
