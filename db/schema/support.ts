import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { flag, id, instant, timestamps } from "./columns";
import { companies, people, staff } from "./parties";

export const TICKET_STATES = ["open", "answered", "closed"] as const;
export const TICKET_PRIORITIES = ["low", "medium", "high", "urgent"] as const;

export const departments = sqliteTable("departments", {
  id: id(),
  nameRo: text("name_ro").notNull(),
  nameEn: text("name_en").notNull(),
  email: text("email").notNull().default(""),
  active: flag("active").default(true),
  position: integer("position").notNull().default(0),
});

export const tickets = sqliteTable(
  "tickets",
  {
    id: id(),
    companyId: integer("company_id")
      .notNull()
      .references(() => companies.id),
    openedByPersonId: integer("opened_by_person_id").references(
      () => people.id,
    ),
    departmentId: integer("department_id")
      .notNull()
      .references(() => departments.id),
    subject: text("subject").notNull(),
    priority: text("priority", { enum: TICKET_PRIORITIES }).notNull(),
    state: text("state", { enum: TICKET_STATES }).notNull(),
    assignedStaffId: integer("assigned_staff_id").references(() => staff.id),
    lastReplyAt: instant("last_reply_at").notNull(),
    lastReplyBy: text("last_reply_by", { enum: ["client", "staff"] }).notNull(),
    lastReplyExcerpt: text("last_reply_excerpt").notNull().default(""),
    ...timestamps(),
  },
  (t) => [
    index("tickets_company_reply_idx").on(t.companyId, t.lastReplyAt, t.id),
    index("tickets_company_state_idx").on(
      t.companyId,
      t.state,
      t.lastReplyAt,
      t.id,
    ),
    index("tickets_state_reply_idx").on(t.state, t.lastReplyAt, t.id),
  ],
);

export const ticketMessages = sqliteTable(
  "ticket_messages",
  {
    id: id(),
    ticketId: integer("ticket_id")
      .notNull()
      .references(() => tickets.id),
    authorPersonId: integer("author_person_id").references(() => people.id),
    authorStaffId: integer("author_staff_id").references(() => staff.id),
    body: text("body").notNull(),
    // A one-time form token: a second submission of the same reply is a no-op.
    submissionKey: text("submission_key").unique(),
    createdAt: instant("created_at").notNull(),
  },
  (t) => [index("ticket_messages_ticket_idx").on(t.ticketId, t.createdAt)],
);

// Files live on disk under their SHA-256; rows say who may see them.
export const ticketAttachments = sqliteTable(
  "ticket_attachments",
  {
    id: id(),
    ticketId: integer("ticket_id")
      .notNull()
      .references(() => tickets.id),
    messageId: integer("message_id").references(() => ticketMessages.id),
    fileName: text("file_name").notNull(),
    contentType: text("content_type").notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    sha256: text("sha256").notNull(),
    createdAt: instant("created_at").notNull(),
  },
  (t) => [index("ticket_attachments_ticket_idx").on(t.ticketId)],
);

// An announcement without a company is for every client.
export const announcements = sqliteTable(
  "announcements",
  {
    id: id(),
    companyId: integer("company_id").references(() => companies.id),
    title: text("title").notNull(),
    body: text("body").notNull(),
    publishedAt: instant("published_at"),
    authorStaffId: integer("author_staff_id").references(() => staff.id),
    ...timestamps(),
  },
  (t) => [index("announcements_published_idx").on(t.publishedAt, t.id)],
);

export const kbCategories = sqliteTable("kb_categories", {
  id: id(),
  slug: text("slug").notNull().unique(),
  nameRo: text("name_ro").notNull(),
  nameEn: text("name_en").notNull(),
  position: integer("position").notNull().default(0),
});

export const kbArticles = sqliteTable(
  "kb_articles",
  {
    id: id(),
    categoryId: integer("category_id")
      .notNull()
      .references(() => kbCategories.id),
    slug: text("slug").notNull().unique(),
    locale: text("locale", { enum: ["ro", "en"] }).notNull(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    videoUrl: text("video_url"),
    internal: flag("internal"),
    published: flag("published"),
    // Title and body folded to lower case without diacritics (ș, ş → s).
    searchText: text("search_text").notNull().default(""),
    ...timestamps(),
  },
  (t) => [
    index("kb_articles_category_idx").on(t.categoryId, t.published, t.title),
  ],
);
