import { inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { contacts, people } from "../../db/schema";
import type { CompanyTarget, PlannedContact, PlannedPerson } from "./plan";
import { chunked, indexBy } from "./plan";
import type { Issue, RawRow } from "./types";
import { issueAt, type Valid, type ValidInput } from "./validate";

type Row = Valid<"contacts">;
type Resolve = (raw: RawRow, row: Row["value"]) => CompanyTarget | undefined;

// One person may be a contact of several companies: these describe the
// person and must agree on every row that gives them.
const PERSON = ["firstName", "lastName", "phone", "locale"] as const;
const SHARED = [...PERSON, "password", "resetPassword"] as const;

export function planContacts(
  db: Db,
  valid: ValidInput,
  resolve: Resolve,
  issues: Issue[],
) {
  const stored = readStored(db, valid.contacts);
  const byEmail = new Map<string, Row[]>();
  const planned = new Map<string, PlannedContact>();

  for (const row of valid.contacts) {
    const { email } = row.value;
    const earlier = byEmail.get(email) ?? [];
    const conflict = earlier.length ? disagreement(earlier[0], row) : null;
    if (conflict) {
      const message = `differs from ${earlier[0].raw.at.row}, the same person`;
      issues.push(issueAt(row.raw, conflict, message));
      continue;
    }
    const company = resolve(row.raw, row.value);
    if (!company) continue;

    const key = `${email} ${JSON.stringify(company)}`;
    const twin = planned.get(key);
    if (twin) {
      const message = `repeats the contact on ${twin.valid.raw.at.row}`;
      issues.push(issueAt(row.raw, "email", message));
      continue;
    }
    const personId = stored.people.get(email)?.id;
    const contact =
      "id" in company
        ? stored.contacts.get(`${personId} ${company.id}`)
        : undefined;
    planned.set(key, { valid: row, email, company, id: contact?.id ?? null });
    byEmail.set(email, [...earlier, row]);
  }

  const persons = [...byEmail].map(([email, rows]) =>
    planPerson(email, rows, stored.people.get(email)),
  );
  return { people: persons, contacts: [...planned.values()] };
}

function planPerson(
  email: string,
  rows: Row[],
  stored: { id: number; hash: string | null } | undefined,
): PlannedPerson {
  const pick = <F extends (typeof PERSON)[number]>(field: F) =>
    rows
      .map((row) => row.value[field])
      .find((value) => value !== undefined) as Row["value"][F];
  const password = rows.find((row) => row.value.password)?.value.password;
  const reset = rows.some((row) => row.value.resetPassword);

  // The file's password is an initial one: a password the contact chose
  // in the portal is replaced only when the row asks for a reset.
  const store = !!password && (!stored?.hash || reset);
  return {
    email,
    firstName: rows[0].value.firstName,
    lastName: pick("lastName"),
    phone: pick("phone"),
    locale: pick("locale"),
    id: stored?.id ?? null,
    password: store ? password! : null,
    replacesPassword: store && !!stored?.hash,
  };
}

function disagreement(first: Row, row: Row) {
  return SHARED.find((field) => {
    const [a, b] = [first.value[field], row.value[field]];
    return a !== undefined && b !== undefined && a !== b;
  });
}

function readStored(db: Db, rows: Row[]) {
  const found = chunked(
    rows.map((row) => row.value.email),
    (chunk) =>
      db
        .select({
          id: people.id,
          email: people.email,
          hash: people.passwordHash,
        })
        .from(people)
        .where(inArray(people.email, chunk))
        .all(),
  );
  const links = chunked(
    found.map((person) => person.id),
    (chunk) =>
      db
        .select({
          id: contacts.id,
          personId: contacts.personId,
          companyId: contacts.companyId,
        })
        .from(contacts)
        .where(inArray(contacts.personId, chunk))
        .all(),
  );
  return {
    people: indexBy(found, (person) => person.email),
    contacts: indexBy(links, (link) => `${link.personId} ${link.companyId}`),
  };
}
