import { and, count, eq, exists, gt, isNull, type SQL } from "drizzle-orm";
import { z } from "zod";
import { translator } from "../../app/i18n";
import type { Db, Writer } from "../../db/client";
import {
  contacts,
  loginAttempts,
  passwordResetTokens,
  people,
} from "../../db/schema";
import { audit } from "../audit";
import { env } from "../env";
import { queueMail } from "../mail/outbox";
import { hashPassword, PASSWORD_MIN_LENGTH, verifyPassword } from "./passwords";
import { revokePersonSessions, type Visit } from "./sessions";
import { clearAccountFailures } from "./throttle";
import { normaliseEmail } from "./signin";
import { hashToken, newToken } from "./tokens";

export const RESET_LIFETIME_MS = 24 * 60 * 60 * 1000;

// Links mailed per email, and requests answered per address, in an hour.
export const RESET_LIMITS = { email: 3, ip: 20 };
const WINDOW_MS = 60 * 60 * 1000;

export const NewPasswordForm = z
  .object({
    password: z
      .string()
      .min(1, "reset.passwordRequired")
      .min(PASSWORD_MIN_LENGTH, "reset.passwordTooShort"),
    confirm: z.string().min(1, "reset.confirmRequired"),
  })
  .refine((form) => form.password === form.confirm, {
    path: ["confirm"],
    message: "reset.mismatch",
  });

/**
 * Mails a reset link when the email belongs to a person who may have a
 * password. Returns nothing: the caller must answer every email alike.
 */
export function requestPasswordReset(
  db: Db,
  input: { email: string; ip: string; origin: string },
) {
  const email = normaliseEmail(input.email);
  const keys = [
    { key: `reset-email:${email}`, limit: RESET_LIMITS.email },
    { key: `reset-ip:${input.ip}`, limit: RESET_LIMITS.ip },
  ];

  db.transaction((tx) => {
    const now = new Date();
    if (!takeRequest(tx, keys, now)) return;

    const person = accountHolder(tx, eq(people.email, email));
    if (!person) return;
    const token = newToken();
    voidLinks(tx, person.id, now);
    tx.insert(passwordResetTokens)
      .values({
        tokenHash: hashToken(token),
        personId: person.id,
        createdAt: now,
        expiresAt: new Date(now.getTime() + RESET_LIFETIME_MS),
      })
      .run();
    queueMail(tx, resetMail(person, linkTo(token, input.origin)));
  });
}

export type ResetLink =
  | { state: "valid"; tokenId: number; personId: number; email: string }
  | { state: "unknown" | "gone" };

/** What a link's token opens; reading it never uses it up. */
export function findResetLink(db: Writer, token: string): ResetLink {
  if (!/^[\w-]{43}$/.test(token)) return { state: "unknown" };
  const row = db
    .select()
    .from(passwordResetTokens)
    .where(eq(passwordResetTokens.tokenHash, hashToken(token)))
    .get();
  if (!row?.personId) return { state: "unknown" };

  const spent = row.usedAt || row.voidedAt || row.expiresAt <= new Date();
  const person = spent
    ? undefined
    : accountHolder(db, eq(people.id, row.personId));
  if (!person) return { state: "gone" };
  return {
    state: "valid",
    tokenId: row.id,
    personId: person.id,
    email: person.email,
  };
}

const REPEAT_WINDOW_MS = 2 * 60 * 1000;

// A second click on "Save" finds the link just used with this very password:
// the reset succeeded, and the answer should say so.
async function isRepeat(db: Db, input: { token: string; password: string }) {
  const row = db
    .select({ usedAt: passwordResetTokens.usedAt, hash: people.passwordHash })
    .from(passwordResetTokens)
    .innerJoin(people, eq(people.id, passwordResetTokens.personId))
    .where(eq(passwordResetTokens.tokenHash, hashToken(input.token)))
    .get();
  const recent =
    row?.usedAt && Date.now() - row.usedAt.getTime() < REPEAT_WINDOW_MS;
  return (
    Boolean(recent && row?.hash) &&
    (await verifyPassword(input.password, row!.hash!))
  );
}

/**
 * Sets the new password and uses the link up, ending every session of the
 * person. A link already used answers "gone", however close the two posts.
 */
export async function resetPassword(
  db: Db,
  input: { token: string; password: string; visit: Visit },
): Promise<"done" | "unknown" | "gone"> {
  const link = findResetLink(db, input.token);
  if (link.state === "gone" && (await isRepeat(db, input))) return "done";
  if (link.state !== "valid") return link.state;
  // scrypt is asynchronous and a better-sqlite3 transaction cannot wait.
  const passwordHash = await hashPassword(input.password);

  const outcome = db.transaction((tx) => {
    const now = new Date();
    const t = passwordResetTokens;
    const used = tx
      .update(t)
      .set({ usedAt: now })
      .where(
        and(
          eq(t.id, link.tokenId),
          isNull(t.usedAt),
          isNull(t.voidedAt),
          gt(t.expiresAt, now),
        ),
      )
      .run();
    if (used.changes !== 1) return "raced";

    tx.update(people)
      .set({ passwordHash, passwordChangedAt: now, updatedAt: now })
      .where(eq(people.id, link.personId))
      .run();
    voidLinks(tx, link.personId, now);
    revokePersonSessions(tx, link.personId);
    // The new password opens the door the old failures had closed.
    clearAccountFailures(tx, link.email);
    audit(tx, {
      actorType: "person",
      actorId: link.personId,
      action: "password.reset",
      subjectType: "person",
      subjectId: link.personId,
      ...input.visit,
    });
    return "done" as const;
  });
  if (outcome === "done") return outcome;
  return (await isRepeat(db, input)) ? "done" : "gone";
}

// Only requests let through are counted, so the oldest of them frees its
// slot an hour later however often someone keeps asking.
function takeRequest(
  tx: Writer,
  keys: { key: string; limit: number }[],
  now: Date,
) {
  const since = new Date(now.getTime() - WINDOW_MS);
  const full = keys.some(({ key, limit }) => {
    const row = tx
      .select({ requests: count() })
      .from(loginAttempts)
      .where(and(eq(loginAttempts.key, key), gt(loginAttempts.at, since)))
      .get();
    return (row?.requests ?? 0) >= limit;
  });
  if (full) return false;

  for (const { key } of keys) {
    tx.insert(loginAttempts).values({ key, at: now }).run();
  }
  return true;
}

// An active person with at least one contact whose account was created. A
// contact whose account was never created gets no link: that would create
// the account behind the supplier's back.
function accountHolder(db: Writer, where: SQL) {
  const withAccount = db
    .select({ id: contacts.id })
    .from(contacts)
    .where(
      and(eq(contacts.personId, people.id), eq(contacts.portalAccess, true)),
    );
  return db
    .select({
      id: people.id,
      email: people.email,
      firstName: people.firstName,
      locale: people.locale,
    })
    .from(people)
    .where(and(where, eq(people.active, true), exists(withAccount)))
    .get();
}

/** Voids a person's unused links: a newer link or a new password. */
export function voidLinks(tx: Writer, personId: number, now: Date) {
  const t = passwordResetTokens;
  tx.update(t)
    .set({ voidedAt: now })
    .where(and(eq(t.personId, personId), isNull(t.usedAt), isNull(t.voidedAt)))
    .run();
}

// The Host of a request can be forged, and a link built on it would hand
// the token to another site: without PUBLIC_URL only a loopback origin is
// trusted, as on a demo, and anything else falls back to localhost.
function linkTo(token: string, origin: string) {
  const { PUBLIC_URL, PORT } = env();
  const base = PUBLIC_URL
    ? new URL(PUBLIC_URL).origin
    : isLoopback(origin)
      ? origin
      : `http://localhost:${PORT}`;
  return `${base}/authentication/reset/${token}`;
}

function isLoopback(origin: string) {
  const { hostname } = new URL(origin);
  return ["localhost", "127.0.0.1", "[::1]"].includes(hostname);
}

function resetMail(
  person: { email: string; firstName: string; locale: "ro" | "en" },
  link: string,
) {
  const t = translator(person.locale);
  return {
    to: person.email,
    subject: t("reset.mailSubject"),
    bodyText: t("reset.mailBody", { name: person.firstName, link }),
    template: "password-reset",
  };
}
