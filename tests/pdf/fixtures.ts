import { createTestDatabase, type Db } from "../../db/client";
import {
  companies,
  creditNotes,
  invoiceLines,
  invoices,
  payments,
  supplierSettings,
} from "../../db/schema";
import { getInvoice } from "../../server/invoices/queries";
import {
  documentTotals,
  lineAmounts,
  type LineInput,
} from "../../server/money";

export const TODAY = "2026-03-15";

type Line = LineInput & { description: string; unit?: string };

export type InvoiceSeed = {
  currency?: string;
  exchangeRateE4?: number | null;
  notes?: string;
  lines: Line[];
  paid?: { amount: number; paidOn: string; reference: string }[];
  credited?: { number: string; total: number; reason: string }[];
};

/** The supplier and a client, both with diacritics in their names. */
export function seedParties(db: Db) {
  const supplier = db
    .insert(supplierSettings)
    .values({
      id: 1,
      name: "Țesătoria Bârsei",
      legalName: "Țesătoria Bârsei SRL",
      vatCode: "RO12345678",
      registrationNo: "J08/1234/2010",
      address: "Str. Lungă nr. 12, Brașov",
      iban: "RO49AAAA1B31007593840000",
      bank: "Banca Transilvania",
      email: "facturare@tesatoria.ro",
      phone: "+40 268 000 000",
    })
    .returning()
    .get();
  const company = db
    .insert(companies)
    .values({
      name: "Croitoria „Ştefan şi fiii” SRL",
      vatCode: "RO87654321",
      registrationNo: "J40/987/2015",
      address: "Bd. Unirii nr. 3, ap. 14",
      city: "Târgu Mureș",
      county: "Mureș",
    })
    .returning()
    .get();
  return { supplier, company };
}

/** A supplier, a client and one issued invoice, read back as the portal does. */
export function seedInvoice(seed: InvoiceSeed) {
  const db = createTestDatabase();
  const { supplier, company } = seedParties(db);

  const totals = documentTotals(seed.lines);
  const paid = (seed.paid ?? []).reduce((sum, p) => sum + p.amount, 0);
  const credited = (seed.credited ?? []).reduce((sum, c) => sum + c.total, 0);
  const invoice = db
    .insert(invoices)
    .values({
      companyId: company.id,
      number: "TB-2026-0042",
      state: "issued",
      issueDate: "2026-03-10",
      dueDate: "2026-04-09",
      currency: seed.currency ?? "RON",
      exchangeRateE4: seed.exchangeRateE4 ?? null,
      notes: seed.notes ?? "",
      ...totals,
      amountPaid: paid,
      amountCredited: credited,
      amountDue: totals.total - paid - credited,
    })
    .returning()
    .get();

  seed.lines.forEach((line, index) => {
    db.insert(invoiceLines)
      .values({
        ...line,
        ...lineAmounts(line),
        invoiceId: invoice.id,
        position: index + 1,
      })
      .run();
  });
  for (const payment of seed.paid ?? []) {
    db.insert(payments)
      .values({
        ...payment,
        companyId: company.id,
        invoiceId: invoice.id,
        currency: invoice.currency,
        method: "bank_transfer",
        source: "staff",
      })
      .run();
  }
  for (const note of seed.credited ?? []) {
    db.insert(creditNotes)
      .values({
        ...note,
        companyId: company.id,
        invoiceId: invoice.id,
        state: "issued",
        issueDate: "2026-03-12",
        currency: invoice.currency,
        subtotal: note.total,
      })
      .run();
  }

  const detail = getInvoice(db, company.id, invoice.id, TODAY)!;
  return { invoice: detail, company, supplier };
}
