import { eq } from "drizzle-orm";
import type { Tx } from "../../db/client";
import { companies, contacts, people } from "../../db/schema";
import { voidLinks } from "../auth/reset";
import { revokePersonSessions } from "../auth/sessions";
import type { CompanyTarget, Plan } from "./plan";

export type CompanyIds = (target: CompanyTarget) => number;

export function applyCompanies(tx: Tx, plan: Plan) {
  const ids = plan.companies.map(({ valid, id }) => {
    const { ref, ...fields } = valid.value;
    const values = { ...fields, ...(ref ? { externalRef: ref } : {}) };
    if (id !== null) {
      tx.update(companies)
        .set({ ...values, updatedAt: new Date() })
        .where(eq(companies.id, id))
        .run();
      return id;
    }
    return tx
      .insert(companies)
      .values({ ...values, name: fields.name })
      .returning({ id: companies.id })
      .get().id;
  });
  const companyId: CompanyIds = (target) =>
    "id" in target ? target.id : ids[target.index];
  return companyId;
}

export function applyPeople(tx: Tx, plan: Plan) {
  const ids = new Map<string, number>();
  for (const person of plan.people) {
    const { email, firstName, lastName, phone, locale } = person;
    const password = person.passwordHash
      ? { passwordHash: person.passwordHash, passwordChangedAt: new Date() }
      : {};
    const values = { firstName, lastName, phone, locale, ...password };
    if (person.id === null) {
      const row = tx
        .insert(people)
        .values({ ...values, email, lastName: lastName ?? "" })
        .returning({ id: people.id })
        .get();
      ids.set(email, row.id);
      continue;
    }

    tx.update(people)
      .set({ ...values, updatedAt: new Date() })
      .where(eq(people.id, person.id))
      .run();
    // A replaced password ends the sessions opened with the old one, and
    // the reset links mailed before it: they would undo the new password.
    if (person.replacesPassword) {
      revokePersonSessions(tx, person.id);
      voidLinks(tx, person.id, new Date());
    }
    ids.set(email, person.id);
  }
  return ids;
}

export function applyContacts(
  tx: Tx,
  plan: Plan,
  companyId: CompanyIds,
  personIds: Map<string, number>,
) {
  for (const contact of plan.contacts) {
    const value = contact.valid.value;
    const fields = {
      title: value.title,
      isPrimary: value.isPrimary,
      portalAccess: value.portalAccess,
      active: value.active,
      permInvoices: value.permInvoices,
      permEstimates: value.permEstimates,
      permProposals: value.permProposals,
      permContracts: value.permContracts,
      permProjects: value.permProjects,
      permTickets: value.permTickets,
    };
    if (contact.id !== null) {
      tx.update(contacts)
        .set({ ...fields, updatedAt: new Date() })
        .where(eq(contacts.id, contact.id))
        .run();
      continue;
    }
    tx.insert(contacts)
      .values({
        ...fields,
        personId: personIds.get(contact.email)!,
        companyId: companyId(contact.company),
      })
      .run();
  }
}
