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

  const row = db
    .select({ hash: people.passwordHash, changedAt: people.passwordChangedAt })
    .from(people)
    .where(eq(people.id, change.personId))
    .get();
  const stored = row?.hash;
  if (!stored || !(await verifyPassword(change.current, stored))) {
    // A second click on the same form finds the new password already set:
    // the change succeeded. It still counts as a failed guess, so this
    // answer tells no more than the current-password field would.
    const repeat = stored && (await isRepeat(change, stored, row?.changedAt));
    return { state: repeat ? "done" : "wrong" };
  }
  attemptSucceeded(db, keys, attempt);
  // scrypt is asynchronous and a better-sqlite3 transaction cannot wait.
  const passwordHash = await hashPassword(change.next);

  const outcome = db.transaction((tx) => {
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
    if (updated.changes !== 1) return { state: "raced" as const };

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
    return { state: "done" as const };
  });
  if (outcome.state === "done") return outcome;

  const now = db
    .select({ hash: people.passwordHash, changedAt: people.passwordChangedAt })
    .from(people)
    .where(eq(people.id, change.personId))
    .get();
  const repeat = now?.hash && (await isRepeat(change, now.hash, now.changedAt));
  return { state: repeat ? "done" : "wrong" };
}

const REPEAT_WINDOW_MS = 2 * 60 * 1000;

async function isRepeat(
  change: Change,
  stored: string,
  changedAt: Date | null | undefined,
) {
  const recent =
    changedAt && Date.now() - changedAt.getTime() < REPEAT_WINDOW_MS;
  return Boolean(recent) && (await verifyPassword(change.next, stored));
}
