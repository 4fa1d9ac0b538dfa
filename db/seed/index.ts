import { hashPassword } from "../../server/auth/passwords";
import { todayIn } from "../../server/dates";
import type { Db } from "../client";
import { seedInvoices } from "./invoices";
import { seedPeople } from "./people";

export const DEMO_PASSWORD = "demo-password";

export const DEMO_ACCOUNTS = [
  ["client@demo.test", "Demo Client SRL, all six permissions, English"],
  ["tickets@demo.test", "Demo Client SRL, Tickets only"],
  ["blocked@demo.test", "Demo Client SRL, an account with no permission"],
  ["other@demo.test", "Țesătoria Bârsei SRL, all permissions, Romanian"],
  ["multi@demo.test", "both companies, chooses at sign-in"],
  ["admin@demo.test", "staff administrator (the admin area is not built yet)"],
] as const;

/** Fills an empty database with the demo supplier, clients and documents. */
export async function seedDemo(db: Db, timeZone: string) {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const today = todayIn(timeZone);

  db.transaction((tx) => {
    const { demo, other } = seedPeople(tx, passwordHash);
    seedInvoices(tx, { id: demo.id, prefix: "DEMO", pricePercent: 100 }, today);
    // Other prices, so one company's amounts are never mistaken for the other's.
    seedInvoices(tx, { id: other.id, prefix: "TB", pricePercent: 112 }, today);
  });
}
