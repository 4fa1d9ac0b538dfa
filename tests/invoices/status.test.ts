import { describe, expect, it } from "vitest";
import { invoices } from "../../db/schema";
import { recordPayment } from "../../server/invoices/write";
import {
  INVOICE_STATUSES,
  invoiceStatus,
  invoiceStatusFilter,
} from "../../server/invoices/status";
import { freshDatabase, makeCompany, makeInvoice } from "../setup/factories";

const TODAY = "2026-03-10";
const base = {
  state: "issued" as const,
  total: 1000,
  amountPaid: 0,
  dueDate: TODAY,
};

describe("invoice status", () => {
  it("is PAID when nothing is left, including a zero total", () => {
    expect(invoiceStatus({ ...base, amountDue: 0 }, TODAY)).toBe("paid");
    expect(invoiceStatus({ ...base, total: 0, amountDue: 0 }, TODAY)).toBe(
      "paid",
    );
  });

  it("stays due on its due date and is OVERDUE the day after", () => {
    const open = { ...base, amountDue: 1000 };
    expect(invoiceStatus(open, TODAY)).toBe("unpaid");
    expect(invoiceStatus(open, "2026-03-11")).toBe("overdue");
  });

  it("is PARTIALLY PAID when part was settled before the due date", () => {
    const part = { ...base, amountDue: 400, amountPaid: 600 };
    expect(invoiceStatus(part, TODAY)).toBe("partially_paid");
    expect(invoiceStatus(part, "2026-03-11")).toBe("overdue");
  });

  it("stays UNPAID when only a credit note lowered what is left", () => {
    const credited = { ...base, amountDue: 400, amountPaid: 0 };
    expect(invoiceStatus(credited, TODAY)).toBe("unpaid");
  });

  it("shows a cancelled invoice as CANCELLED whatever is left", () => {
    const cancelled = { ...base, state: "cancelled" as const, amountDue: 10 };
    expect(invoiceStatus(cancelled, TODAY)).toBe("cancelled");
  });

  it("filters in SQL exactly as it computes in code", () => {
    const db = freshDatabase();
    const company = makeCompany(db);
    const cases = [
      { due: "2026-03-09", pay: 0 },
      { due: "2026-03-09", pay: 5000 },
      { due: "2026-03-10", pay: 0 },
      { due: "2026-03-10", pay: 5000 },
      { due: "2026-03-11", pay: 11_900 },
      { due: "2026-03-01", pay: 11_900 },
    ];
    cases.forEach((c, i) => {
      const id = makeInvoice(db, company.id, {
        number: `T-${i}`,
        dueDate: c.due,
      });
      if (c.pay) {
        recordPayment(db, {
          invoiceId: id,
          amount: c.pay,
          paidOn: "2026-03-01",
          method: "bank_transfer",
          source: "staff",
        });
      }
    });
    makeInvoice(db, company.id, { number: "T-X", state: "cancelled" });

    const all = db.select().from(invoices).all();
    for (const status of INVOICE_STATUSES) {
      const filtered = db
        .select({ id: invoices.id })
        .from(invoices)
        .where(invoiceStatusFilter(status, TODAY))
        .all()
        .map((row) => row.id);
      const computed = all
        .filter((row) => invoiceStatus(row, TODAY) === status)
        .map((row) => row.id);
      expect(filtered.sort(), status).toEqual(computed.sort());
    }
  });
});
