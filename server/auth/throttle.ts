import { and, count, eq, gt, inArray, lt, min } from "drizzle-orm";
import type { Db, Writer } from "../../db/client";
import { loginAttempts } from "../../db/schema";

const WINDOW_MS = 15 * 60 * 1000;
const LIMITS = { email: 5, ip: 30 };

type Keys = { email: string; ip: string };

const keysOf = ({ email, ip }: Keys) => [
  { key: `email:${email}`, limit: LIMITS.email },
  { key: `ip:${ip}`, limit: LIMITS.ip },
];

/** Minutes to wait before another try, or 0 when a try is allowed. */
export function minutesToWait(db: Db, keys: Keys, now = Date.now()) {
  let waitMs = 0;
  for (const { key, limit } of keysOf(keys)) {
    const since = new Date(now - WINDOW_MS);
    const row = db
      .select({ failures: count(), oldest: min(loginAttempts.at) })
      .from(loginAttempts)
      .where(
        and(
          eq(loginAttempts.key, key),
          eq(loginAttempts.succeeded, false),
          gt(loginAttempts.at, since),
        ),
      )
      .get();
    if (row && row.failures >= limit && row.oldest) {
      const until = row.oldest.getTime() + WINDOW_MS;
      waitMs = Math.max(waitMs, until - now);
    }
  }
  return Math.ceil(waitMs / 60_000);
}

/**
 * Counts an attempt as failed before its password is checked, in the same
 * synchronous step as the limit check, so attempts sent at the same moment
 * cannot all slip under the limit. Returns the rows to clear on success.
 */
export function beginAttempt(db: Db, keys: Keys) {
  const at = new Date();
  return db.transaction((tx) =>
    keysOf(keys).map(
      ({ key }) =>
        tx
          .insert(loginAttempts)
          .values({ key, at, succeeded: false })
          .returning({ id: loginAttempts.id })
          .get().id,
    ),
  );
}

/** A success clears the account's failures; the address keeps its count. */
export function attemptSucceeded(db: Db, keys: Keys, ids: number[]) {
  db.transaction((tx) => {
    tx.update(loginAttempts)
      .set({ succeeded: true })
      .where(inArray(loginAttempts.id, ids))
      .run();
    clearAccountFailures(tx, keys.email);
  });
}

/** Forgets an account's failed sign-ins: after a success or a new password. */
export function clearAccountFailures(tx: Writer, email: string) {
  tx.delete(loginAttempts)
    .where(eq(loginAttempts.key, `email:${email}`))
    .run();
}

// Password reset requests (reset.ts) are counted here over an hour.
const KEEP_MS = 60 * 60 * 1000;

/** Old attempts are of no use to the throttle. */
export function forgetOldAttempts(db: Db, now = Date.now()) {
  db.delete(loginAttempts)
    .where(lt(loginAttempts.at, new Date(now - KEEP_MS)))
    .run();
}
