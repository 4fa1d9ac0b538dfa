import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createTestDatabase } from "../../db/client";
import { invoices, payments } from "../../db/schema";
import { BalanceError, applyPlan } from "../../server/import/apply";
import { checkInput } from "../../server/import/check";
import { loadInput } from "../../server/import/load";
import { importPath } from "../../server/import/run";
import { CSV_EXPORT, rowCounts, writeFile } from "./helpers";

describe("the write", () => {
  it("rolls everything back when a balance fails inside it", async () => {
    const db = createTestDatabase();
    await importPath(db, CSV_EXPORT);
    const late = writeFile(
      "payments.csv",
      "ref;invoice_number;paid_on;amount\n" +
        "OP-5001;FS-2024-0012;02.04.2024;0,01\n",
    );
    const checked = checkInput(db, loadInput(late).input);
    if (!("plan" in checked)) throw new Error("the file was refused");

    // A gateway settles the invoice between the check and the write.
    const invoice = db
      .select()
      .from(invoices)
      .where(eq(invoices.number, "FS-2024-0012"))
      .get()!;
    db.insert(payments)
      .values({
        companyId: invoice.companyId,
        invoiceId: invoice.id,
        amount: invoice.amountDue,
        paidOn: "2024-04-02",
        method: "card",
        source: "gateway",
      })
      .run();
    const before = rowCounts(db);

    expect(() => applyPlan(db, checked.plan, "payments.csv")).toThrow(
      BalanceError,
    );
    expect(rowCounts(db)).toEqual(before);
  });
});
