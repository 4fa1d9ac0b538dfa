import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { people } from "../../db/schema";
import { audit } from "../audit";
import { hashPassword, verifyPassword } from "../auth/passwords";
import { voidLinks } from "../auth/reset";
import { revokeOtherSessions, type Visit } from "../auth/sessions";
import { normaliseEmail } from "../auth/signin";
import {
  attemptSucceeded,
  beginAttempt,
  minutesToWait,
} from "../auth/throttle";

type Change = {
  personId: number;
  email: string;
  companyId: number;
  sessionId: number;
  current: string;
  next: string;
  visit: Visit;
};

export type ChangeOutcome =
  | { state: "done" }
  | { state: "wrong" }
  | { state: "throttled"; minutes: number };

/**
 * Changes a signed-in person's password. The current password is guessed
 * under the sign-in throttle, so a stolen session cannot try it freely.
 */
export async function changePassword(
  db: Db,
  change: Change,
): Promise<ChangeOutcome> {
  const keys = { email: normaliseEmail(change.email), ip: change.visit.ip };
  const minutes = minutesToWait(db, keys);
  if (minutes > 0) return { state: "throttled", minutes };
  const attempt = beginAttempt(db, keys);

  const stored = db
    .select({ hash: people.passwordHash })
    .from(people)
    .where(eq(people.id, change.personId))
    .get()?.hash;
  if (!stored || !(await verifyPassword(change.current, stored))) {
    return { state: "wrong" };
  }
  attemptSucceeded(db, keys, attempt);
  // scrypt is asynchronous and a better-sqlite3 transaction cannot wait.
  const passwordHash = await hashPassword(change.next);

  return db.transaction((tx) => {
    const now = new Date();
    // Only over the password just checked: a change that raced this one
    // wins, and this one asks for the current password again.
    const updated = tx
      .update(people)
      .set({ passwordHash, passwordChangedAt: now, updatedAt: now })
      .where(
        and(eq(people.id, change.personId), eq(people.passwordHash, stored)),
      )
      .run();
    if (updated.changes !== 1) return { state: "wrong" };

    voidLinks(tx, change.personId, now);
    revokeOtherSessions(tx, change.personId, change.sessionId);
    audit(tx, {
      actorType: "person",
      actorId: change.personId,
      companyId: change.companyId,
      action: "password.change",
      subjectType: "person",
      subjectId: change.personId,
      ...change.visit,
    });
    return { state: "done" };
  });
}
