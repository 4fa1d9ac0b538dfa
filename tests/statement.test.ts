import { describe, expect, it } from "vitest";
import { issueCreditNote, recordPayment } from "../server/invoices/write";
import { accountStatement, openBalance } from "../server/statement/statement";
import {
  freshDatabase,
  LINE,
  makeCompany,
  makeInvoice,
} from "./setup/factories";

describe("account statement", () => {
  it("opens with what was owed, runs by date and closes per currency", () => {
    const db = freshDatabase();
    const company = makeCompany(db);
    const old = makeInvoice(db, company.id, {
      number: "F-1",
      issueDate: "2026-01-15",
    });
    const mid = makeInvoice(db, company.id, {
      number: "F-2",
      issueDate: "2026-02-10",
    });
    makeInvoice(db, company.id, {
      number: "E-1",
      issueDate: "2026-02-11",
      currency: "EUR",
      exchangeRateE4: 49_768,
    });
    makeInvoice(db, company.id, {
      number: "F-3",
      issueDate: "2026-02-12",
      state: "draft",
    });
    recordPayment(db, {
      invoiceId: old,
      amount: 11_900,
      paidOn: "2026-02-01",
      method: "bank_transfer",
      source: "staff",
    });
    issueCreditNote(db, {
      invoiceId: mid,
      number: "CN-1",
      issueDate: "2026-02-20",
      reason: "Discount",
      lines: [{ ...LINE, unitPrice: 1000 }],
    });

    const [eur, ron] = accountStatement(db, company.id, {
      from: "2026-02-01",
      to: "2026-02-28",
    });
    expect(ron.currency).toBe("RON");
    expect(ron.opening).toBe(11_900);
    expect(ron.entries.map((e) => [e.reference, e.balance])).toEqual([
      ["F-1", 0],
      ["F-2", 11_900],
      ["CN-1", 10_710],
    ]);
    expect(ron.closing).toBe(10_710);
    expect(eur).toMatchObject({ currency: "EUR", opening: 0, closing: 11_900 });

    expect(openBalance(db, company.id)).toEqual([
      { currency: "EUR", amount: 11_900 },
      { currency: "RON", amount: 10_710 },
    ]);
  });
});
