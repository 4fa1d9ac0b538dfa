import type { Tx } from "../client";
import {
  companies,
  contacts,
  departments,
  couriers,
  people,
  staff,
  supplierSettings,
} from "../schema";

type Grants = Partial<
  Record<
    | "invoices"
    | "estimates"
    | "proposals"
    | "contracts"
    | "projects"
    | "tickets",
    boolean
  >
>;

const ALL: Grants = {
  invoices: true,
  estimates: true,
  proposals: true,
  contracts: true,
  projects: true,
  tickets: true,
};

function grant(g: Grants) {
  return {
    permInvoices: g.invoices ?? false,
    permEstimates: g.estimates ?? false,
    permProposals: g.proposals ?? false,
    permContracts: g.contracts ?? false,
    permProjects: g.projects ?? false,
    permTickets: g.tickets ?? false,
  };
}

export function seedPeople(tx: Tx, passwordHash: string) {
  tx.insert(supplierSettings)
    .values({
      id: 1,
      name: "Atelierul Digital",
      legalName: "Atelierul Digital Furnizor SRL",
      vatCode: "RO18547290",
      registrationNo: "J40/1234/2010",
      address: "Bd. Unirii nr. 15, et. 3, București, sector 3",
      iban: "RO49AAAA1B31007593840000",
      bank: "Banca Transilvania",
      email: "facturare@atelierul-digital.test",
      phone: "+40 21 555 0100",
      website: "https://atelierul-digital.test",
    })
    .run();

  tx.insert(staff)
    .values({
      email: "admin@demo.test",
      name: "Ana Administrator",
      passwordHash,
      role: "admin",
      locale: "en",
    })
    .run();

  const demo = tx
    .insert(companies)
    .values({
      name: "Demo Client SRL",
      vatCode: "RO14399840",
      registrationNo: "J12/3456/2015",
      address: "Str. Memorandumului nr. 28",
      city: "Cluj-Napoca",
      county: "Cluj",
      email: "office@demo-client.test",
      externalRef: "DEMO",
    })
    .returning()
    .get();
  const other = tx
    .insert(companies)
    .values({
      name: "Țesătoria Bârsei SRL",
      vatCode: "RO6859662",
      registrationNo: "J08/789/1994",
      address: "Str. Lungă nr. 12",
      city: "Brașov",
      county: "Brașov",
      email: "contabilitate@tesatoria-barsei.test",
      externalRef: "TESBAR",
    })
    .returning()
    .get();

  const person = (
    email: string,
    firstName: string,
    lastName: string,
    locale: "ro" | "en",
  ) =>
    tx
      .insert(people)
      .values({ email, firstName, lastName, locale, passwordHash })
      .returning()
      .get();
  const contact = (personId: number, companyId: number, g: Grants) =>
    tx
      .insert(contacts)
      .values({ personId, companyId, portalAccess: true, ...grant(g) })
      .run();

  const client = person("client@demo.test", "Maria", "Popescu", "en");
  contact(client.id, demo.id, ALL);
  const tickets = person("tickets@demo.test", "Ion", "Ionescu", "en");
  contact(tickets.id, demo.id, { tickets: true });
  const blocked = person("blocked@demo.test", "Dan", "Blocat", "en");
  contact(blocked.id, demo.id, {});
  const otherPerson = person("other@demo.test", "Ștefan", "Țurcanu", "ro");
  contact(otherPerson.id, other.id, ALL);
  const multi = person("multi@demo.test", "Elena", "Mureșan", "en");
  contact(multi.id, demo.id, ALL);
  contact(multi.id, other.id, ALL);

  tx.insert(departments)
    .values([
      { nameRo: "Vânzări", nameEn: "Sales", position: 1 },
      { nameRo: "Suport tehnic", nameEn: "Technical support", position: 2 },
      { nameRo: "Facturare", nameEn: "Billing", position: 3 },
    ])
    .run();
  tx.insert(couriers)
    .values([
      {
        name: "Cargus",
        trackingUrl: "https://www.cargus.ro/tracking/?awb={awb}",
      },
      {
        name: "FanCourier",
        trackingUrl: "https://www.fancourier.ro/awb-tracking/?awb={awb}",
      },
      { name: "Innoship", trackingUrl: "https://track.innoship.com/{awb}" },
    ])
    .run();

  return { demo, other };
}
