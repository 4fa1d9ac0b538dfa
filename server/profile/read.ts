import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { companies, people } from "../../db/schema";

/**
 * What the profile page shows: the person's own details and the company of
 * the session, never another one the person may also work for.
 */
export function profileOf(db: Db, personId: number, companyId: number) {
  const person = db
    .select({
      email: people.email,
      firstName: people.firstName,
      lastName: people.lastName,
      phone: people.phone,
      locale: people.locale,
    })
    .from(people)
    .where(eq(people.id, personId))
    .get();
  const company = db
    .select({
      name: companies.name,
      vatCode: companies.vatCode,
      registrationNo: companies.registrationNo,
      address: companies.address,
      city: companies.city,
      county: companies.county,
      iban: companies.iban,
      bank: companies.bank,
    })
    .from(companies)
    .where(eq(companies.id, companyId))
    .get();
  if (!person || !company) throw new Error("the viewer's rows are gone");
  return { person, company };
}

export type CompanyCard = ReturnType<typeof profileOf>["company"];
