import { asc, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { companies, contacts, people } from "../../db/schema";
import { decoyHash, verifyPassword } from "./passwords";
import { attemptSucceeded, beginAttempt, minutesToWait } from "./throttle";
import { hasAnyPermission } from "../access/permissions";

export type Place = { companyId: number; companyName: string };

export type Refusal =
  | { reason: "invalid" }
  | { reason: "throttled"; minutes: number }
  | { reason: "no_account" | "inactive" | "company_inactive" }
  | { reason: "no_permission" };

export type SignedIn = {
  personId: number;
  locale: "ro" | "en";
  places: Place[];
  distributor: boolean;
};

export class SignInRefused extends Error {
  constructor(readonly refusal: Refusal) {
    super(`sign-in refused: ${refusal.reason}`);
  }
}

export function normaliseEmail(email: string) {
  return email.trim().toLowerCase();
}

/**
 * Checks a person's email and password. The password is checked before any
 * account state is told, so a stranger learns nothing about an address.
 */
export async function checkCredentials(
  db: Db,
  input: { email: string; password: string; ip: string },
): Promise<SignedIn> {
  const keys = { email: normaliseEmail(input.email), ip: input.ip };
  const minutes = minutesToWait(db, keys);
  if (minutes > 0) throw new SignInRefused({ reason: "throttled", minutes });
  const attempt = beginAttempt(db, keys);

  const person = db
    .select()
    .from(people)
    .where(eq(people.email, keys.email))
    .get();
  const hash = person?.passwordHash ?? (await decoyHash());
  const matches = await verifyPassword(input.password, hash);
  if (!person?.passwordHash || !matches) {
    throw new SignInRefused({ reason: "invalid" });
  }
  attemptSucceeded(db, keys, attempt);

  if (!person.active) throw new SignInRefused({ reason: "inactive" });
  const places = placesOf(db, person.id);
  if (places.refusal) throw new SignInRefused(places.refusal);
  return {
    personId: person.id,
    locale: person.locale,
    places: places.open,
    distributor: person.distributorAccess,
  };
}

/**
 * The client companies a person may enter now, or the most telling reason
 * why there is none.
 */
export function placesOf(db: Db, personId: number) {
  const rows = db
    .select({ contact: contacts, company: companies })
    .from(contacts)
    .innerJoin(companies, eq(companies.id, contacts.companyId))
    .where(eq(contacts.personId, personId))
    .orderBy(asc(companies.name), asc(companies.id))
    .all();

  const withAccount = rows.filter((row) => row.contact.portalAccess);
  const active = withAccount.filter((row) => row.contact.active);
  const companyActive = active.filter((row) => row.company.active);
  const open = companyActive.filter((row) => hasAnyPermission(row.contact));

  let refusal: Refusal | null = null;
  if (withAccount.length === 0) refusal = { reason: "no_account" };
  else if (active.length === 0) refusal = { reason: "inactive" };
  else if (companyActive.length === 0) refusal = { reason: "company_inactive" };
  else if (open.length === 0) refusal = { reason: "no_permission" };

  return {
    refusal,
    open: open.map((row) => ({
      companyId: row.company.id,
      companyName: row.company.name,
    })),
  };
}

export function hasDistributorAccess(db: Db, personId: number) {
  const person = db
    .select({ access: people.distributorAccess, active: people.active })
    .from(people)
    .where(eq(people.id, personId))
    .get();
  return Boolean(person?.access && person.active);
}
