import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { people } from "../../db/schema";
import { audit } from "../audit";
import type { Visit } from "../auth/sessions";
import type { Details } from "./forms";

type Who = { personId: number; companyId: number };

/**
 * Saves the person's own details. The audit entry keeps what each changed
 * field held before, so an overwrite loses nothing.
 */
export function saveDetails(db: Db, who: Who, details: Details, visit: Visit) {
  db.transaction((tx) => {
    const before = tx
      .select({
        firstName: people.firstName,
        lastName: people.lastName,
        phone: people.phone,
        locale: people.locale,
      })
      .from(people)
      .where(eq(people.id, who.personId))
      .get();
    if (!before) return;
    const changed = (Object.keys(details) as (keyof Details)[]).filter(
      (field) => before[field] !== details[field],
    );
    if (changed.length === 0) return;

    tx.update(people)
      .set({ ...details, updatedAt: new Date() })
      .where(eq(people.id, who.personId))
      .run();
    audit(tx, {
      actorType: "person",
      actorId: who.personId,
      companyId: who.companyId,
      action: "profile.update",
      subjectType: "person",
      subjectId: who.personId,
      ...visit,
      details: {
        before: pick(before, changed),
        after: pick(details, changed),
      },
    });
  });
}

function pick(row: Details, fields: (keyof Details)[]) {
  return Object.fromEntries(fields.map((field) => [field, row[field]]));
}
