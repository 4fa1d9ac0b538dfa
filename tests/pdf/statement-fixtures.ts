import type { Db } from "../../db/client";
import { companies } from "../../db/schema";
import { addDays } from "../../server/dates";
import {
  createInvoice,
  issueCreditNote,
  recordPayment,
  type NewLine,
} from "../../server/invoices/write";
import { seedParties } from "./fixtures";

export const PERIOD = { from: "2026-02-01", to: "2026-02-28" };

const line = (unitPrice: number): NewLine => ({
  description: "Țesătură de in",
  quantityMilli: 1000,
  unitPrice,
  vatRateBp: 1900,
});

/**
 * A client with lei and euro documents before, in and after PERIOD, a
 * draft, `extra` more invoices paid in halves, and another client's invoice.
 */
export function seedStatement(db: Db, { extra = 0 } = {}) {
  const { company } = seedParties(db);
  const invoiceFor =
    (companyId: number) =>
    (number: string, issueDate: string, price: number, currency = "RON") =>
      createInvoice(db, {
        companyId,
        number,
        state: number.startsWith("DRAFT") ? "draft" : "issued",
        issueDate,
        dueDate: addDays(issueDate, 30),
        currency,
        exchangeRateE4: currency === "EUR" ? 49_768 : null,
        lines: [line(price)],
      });
  const invoice = invoiceFor(company.id);
  const pay = (invoiceId: number, amount: number, paidOn: string, ref = "") =>
    recordPayment(db, {
      invoiceId,
      amount,
      paidOn,
      method: "bank_transfer",
      source: "staff",
      reference: ref,
    });

  const old = invoice("TB-0001", "2026-01-15", 100_000);
  pay(old, 50_000, "2026-01-20", "OP 11");
  pay(old, 69_000, "2026-02-03", "OP 12");
  const feb = invoice("TB-0002", "2026-02-10", 250_050);
  issueCreditNote(db, {
    invoiceId: feb,
    number: "TB-S-0001",
    issueDate: "2026-02-20",
    reason: "Retur",
    lines: [line(10_000)],
  });
  const euro = invoice("TB-E-0001", "2026-01-25", 40_000, "EUR");
  pay(euro, 20_000, "2026-02-14", "SWIFT 7");
  invoice("TB-E-0002", "2026-02-26", 12_345, "EUR");
  invoice("DRAFT-0001", "2026-02-12", 99_999);
  invoice("TB-0003", "2026-03-05", 10_000);
  for (let i = 0; i < extra; i++) {
    const date = addDays(PERIOD.from, i % 28);
    pay(invoice(`TB-L-${i + 1}`, date, 1_000 + i), 500, date, `OP L${i + 1}`);
  }

  const other = db
    .insert(companies)
    .values({ name: "Alt Client SRL" })
    .returning()
    .get();
  invoiceFor(other.id)("ALT-0001", "2026-02-05", 77_700);
  return { company, other };
}
