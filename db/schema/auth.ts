import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { flag, id, instant } from "./columns";
import { companies, people, staff } from "./parties";

// The cookie carries a random token; only its SHA-256 is stored, so a copy
// of the database cannot be replayed as a session.
export const sessions = sqliteTable(
  "sessions",
  {
    id: id(),
    tokenHash: text("token_hash").notNull().unique(),
    personId: integer("person_id").references(() => people.id),
    staffId: integer("staff_id").references(() => staff.id),
    // Null until a person with several places has chosen one.
    companyId: integer("company_id").references(() => companies.id),
    createdAt: instant("created_at").notNull(),
    lastSeenAt: instant("last_seen_at").notNull(),
    expiresAt: instant("expires_at").notNull(),
    revokedAt: instant("revoked_at"),
    ip: text("ip").notNull().default(""),
    userAgent: text("user_agent").notNull().default(""),
  },
  (t) => [
    index("sessions_person_idx").on(t.personId),
    index("sessions_staff_idx").on(t.staffId),
  ],
);

export const passwordResetTokens = sqliteTable(
  "password_reset_tokens",
  {
    id: id(),
    tokenHash: text("token_hash").notNull().unique(),
    personId: integer("person_id").references(() => people.id),
    staffId: integer("staff_id").references(() => staff.id),
    createdAt: instant("created_at").notNull(),
    expiresAt: instant("expires_at").notNull(),
    usedAt: instant("used_at"),
    voidedAt: instant("voided_at"),
  },
  (t) => [index("reset_tokens_person_idx").on(t.personId)],
);

// One row per sign-in attempt, keyed "email:…" or "ip:…", read back to
// throttle failures over a sliding window.
export const loginAttempts = sqliteTable(
  "login_attempts",
  {
    id: id(),
    key: text("key").notNull(),
    at: instant("at").notNull(),
    succeeded: flag("succeeded"),
  },
  (t) => [index("login_attempts_key_at_idx").on(t.key, t.at)],
);
