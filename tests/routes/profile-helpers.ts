// One person working for two companies: Alfa with invoices and Beta with
// tickets only, as the profile needs no permission of its own.
import { eq } from "drizzle-orm";
import * as choose from "../../app/routes/authentication.choose";
import * as profile from "../../app/routes/clients.profile";
import type { Db } from "../../db/client";
import { auditLog, companies, people } from "../../db/schema";
import {
  freshDatabase,
  makeCompany,
  makeContact,
  PASSWORD,
} from "../setup/factories";
import { get, post, signIn } from "../setup/requests";

export const EMAIL = "ana@alfa.test";

export type World = { db: Db; alfa: number; beta: number };

export async function makeWorld(): Promise<World> {
  const db = freshDatabase();
  const alfa = makeCompany(db, "Alfa SRL").id;
  const beta = makeCompany(db, "Beta SRL").id;
  db.update(companies)
    .set({ vatCode: "RO14399840", iban: "RO49AAAA1B31007593840000" })
    .where(eq(companies.id, alfa))
    .run();
  await makeContact(db, { email: EMAIL, companyId: alfa });
  const tickets = ["tickets"];
  await makeContact(db, {
    email: EMAIL,
    companyId: beta,
    permissions: tickets,
  });
  return { db, alfa, beta };
}

export const args = (request: Request, params = {}) => ({
  request,
  params,
  context: {},
});

/** A new session of the person, in the company named. */
export async function enter(
  world: World,
  company: "alfa" | "beta" = "beta",
  secret = PASSWORD,
) {
  const { cookie } = await signIn(EMAIL, secret);
  const place = String(world[company]);
  await choose.action(args(post("/authentication/choose", { place }, cookie)));
  return cookie;
}

export const load = async (cookie: string) =>
  (await profile.loader(args(get("/clients/profile", cookie)))).data;

export function send(cookie: string, fields: Record<string, string>) {
  const request = post("/clients/profile", fields, cookie);
  request.headers.set("User-Agent", "Test Browser");
  return profile.action(args(request));
}

export const personOf = (db: Db) => db.select().from(people).get()!;
export const auditsOf = (db: Db) => db.select().from(auditLog).all();
