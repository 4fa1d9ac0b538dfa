import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { invoices } from "../../db/schema";
import { listInvoices, getInvoice } from "../../server/invoices/queries";
import {
  issueCreditNote,
  OverpaymentError,
  recordPayment,
} from "../../server/invoices/write";
import {
  freshDatabase,
  LINE,
  makeCompany,
  makeInvoice,
} from "../setup/factories";

const query = {
  status: null,
  sort: "date" as const,
  direction: "desc" as const,
  page: 1,
  perPage: 25,
  today: "2026-11-15",
};

describe("invoice ledger", () => {
  it("keeps paid, credited and left in step with payments", () => {
    const db = freshDatabase();
    const company = makeCompany(db);
    const id = makeInvoice(db, company.id, { number: "F-1" });
    recordPayment(db, {
      invoiceId: id,
      amount: 5000,
      paidOn: "2026-11-02",
      method: "bank_transfer",
      source: "staff",
    });
    issueCreditNote(db, {
      invoiceId: id,
      number: "CN-1",
      issueDate: "2026-11-03",
      reason: "Retur",
      lines: [{ ...LINE, unitPrice: 1000 }],
    });

    const row = db.select().from(invoices).where(eq(invoices.id, id)).get()!;
    expect(row).toMatchObject({
      total: 11_900,
      amountPaid: 5000,
      amountCredited: 1190,
      amountDue: 5710,
    });
  });

  it("leaves nothing to pay on a cancelled invoice", () => {
    const db = freshDatabase();
    const company = makeCompany(db);
    const id = makeInvoice(db, company.id, {
      number: "F-9",
      state: "cancelled",
    });
    const invoice = getInvoice(db, company.id, id, query.today)!;
    expect(invoice).toMatchObject({ status: "cancelled", leftToPay: 0 });
    const [row] = listInvoices(db, company.id, query).rows;
    expect(row.leftToPay).toBe(0);
  });

  it("refuses a payment larger than what is left and writes nothing", () => {
    const db = freshDatabase();
    const company = makeCompany(db);
    const id = makeInvoice(db, company.id, { number: "F-1" });
    const pay = () =>
      db.transaction((tx) =>
        recordPayment(tx, {
          invoiceId: id,
          amount: 11_901,
          paidOn: "2026-11-02",
          method: "card",
          source: "gateway",
        }),
      );
    expect(pay).toThrow(OverpaymentError);
    const row = db.select().from(invoices).where(eq(invoices.id, id)).get()!;
    expect(row.amountPaid).toBe(0);
  });

  it("never shows drafts or another company's invoices", () => {
    const db = freshDatabase();
    const mine = makeCompany(db, "Mine SRL");
    const theirs = makeCompany(db, "Theirs SRL");
    makeInvoice(db, mine.id, { number: "M-1" });
    const draft = makeInvoice(db, mine.id, { number: "M-2", state: "draft" });
    const foreign = makeInvoice(db, theirs.id, { number: "T-1" });

    const list = listInvoices(db, mine.id, query);
    expect(list.rows.map((r) => r.number)).toEqual(["M-1"]);
    expect(list.total).toBe(1);
    expect(getInvoice(db, mine.id, draft, query.today)).toBeNull();
    expect(getInvoice(db, mine.id, foreign, query.today)).toBeNull();
  });

  it("pages through a sorted list without repeating or skipping", () => {
    const db = freshDatabase();
    const company = makeCompany(db);
    // Many invoices share a date, so only the id tie-breaker orders them.
    for (let i = 0; i < 23; i += 1) {
      makeInvoice(db, company.id, {
        number: `F-${String(i).padStart(2, "0")}`,
        issueDate: i % 2 ? "2026-11-01" : "2026-11-02",
      });
    }
    const seen: string[] = [];
    for (let page = 1; page <= 3; page += 1) {
      const rows = listInvoices(db, company.id, {
        ...query,
        page,
        perPage: 10,
      }).rows;
      seen.push(...rows.map((r) => r.number));
    }
    expect(seen).toHaveLength(23);
    expect(new Set(seen).size).toBe(23);
  });
});
