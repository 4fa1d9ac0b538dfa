import { describe, expect, it } from "vitest";
import { companies, invoices } from "../db/schema";
import { seedDemo } from "../db/seed";
import { invoiceStatus } from "../server/invoices/status";
import { todayIn } from "../server/dates";
import { freshDatabase } from "./setup/factories";

describe("demo data", () => {
  it("gives both companies every status in RON and EUR, and drafts", async () => {
    const db = freshDatabase();
    await seedDemo(db, "Europe/Bucharest");
    const today = todayIn("Europe/Bucharest");

    for (const company of db.select().from(companies).all()) {
      const rows = db
        .select()
        .from(invoices)
        .all()
        .filter((row) => row.companyId === company.id);
      for (const currency of ["RON", "EUR"]) {
        const shown = rows.filter(
          (row) => row.currency === currency && row.state !== "draft",
        );
        const statuses = new Set(shown.map((row) => invoiceStatus(row, today)));
        expect([...statuses].sort(), `${company.name} ${currency}`).toEqual([
          "cancelled",
          "overdue",
          "paid",
          "partially_paid",
          "unpaid",
        ]);
      }
      expect(rows.some((row) => row.state === "draft")).toBe(true);
    }
  });
});
