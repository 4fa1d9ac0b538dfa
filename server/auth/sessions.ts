import { and, eq, gt, isNull, ne } from "drizzle-orm";
import type { Db, Writer } from "../../db/client";
import { sessions } from "../../db/schema";
import { hashToken, newToken } from "./tokens";

const LIFETIME_MS = 14 * 24 * 60 * 60 * 1000;
const IDLE_MS = 2 * 24 * 60 * 60 * 1000;
const TOUCH_EVERY_MS = 5 * 60 * 1000;

export type SessionOwner =
  { personId: number; companyId: number | null } | { staffId: number };

export type Visit = { ip: string; userAgent: string };

export function startSession(db: Db, owner: SessionOwner, visit: Visit) {
  const token = newToken();
  const now = Date.now();
  db.insert(sessions)
    .values({
      tokenHash: hashToken(token),
      personId: "personId" in owner ? owner.personId : null,
      companyId: "personId" in owner ? owner.companyId : null,
      staffId: "staffId" in owner ? owner.staffId : null,
      createdAt: new Date(now),
      lastSeenAt: new Date(now),
      expiresAt: new Date(now + LIFETIME_MS),
      ip: visit.ip,
      userAgent: visit.userAgent.slice(0, 300),
    })
    .run();
  return token;
}

/** The live session behind a cookie's token, or null. */
export function findSession(db: Db, token: string) {
  const now = Date.now();
  const row = db
    .select()
    .from(sessions)
    .where(
      and(
        eq(sessions.tokenHash, hashToken(token)),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, new Date(now)),
      ),
    )
    .get();
  if (!row || now - row.lastSeenAt.getTime() > IDLE_MS) return null;

  if (now - row.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    db.update(sessions)
      .set({ lastSeenAt: new Date(now) })
      .where(eq(sessions.id, row.id))
      .run();
  }
  return row;
}

export function chooseCompany(db: Db, sessionId: number, companyId: number) {
  db.update(sessions)
    .set({ companyId })
    .where(eq(sessions.id, sessionId))
    .run();
}

export function revokeSession(db: Db, sessionId: number) {
  db.update(sessions)
    .set({ revokedAt: new Date() })
    .where(eq(sessions.id, sessionId))
    .run();
}

/** Ends every session of a person: sign-out everywhere, password changes. */
export function revokePersonSessions(db: Writer, personId: number) {
  db.update(sessions)
    .set({ revokedAt: new Date() })
    .where(and(eq(sessions.personId, personId), isNull(sessions.revokedAt)))
    .run();
}

/** Ends every session of a person but the one in use: a password change. */
export function revokeOtherSessions(
  db: Writer,
  personId: number,
  keepSessionId: number,
) {
  db.update(sessions)
    .set({ revokedAt: new Date() })
    .where(
      and(
        eq(sessions.personId, personId),
        ne(sessions.id, keepSessionId),
        isNull(sessions.revokedAt),
      ),
    )
    .run();
}
