import { addDays } from "../../server/dates";
import {
  createInvoice,
  issueCreditNote,
  recordPayment,
  type NewLine,
} from "../../server/invoices/write";
import { documentTotals } from "../../server/money";
import type { Tx } from "../client";

type Kind = "paid" | "unpaid" | "overdue" | "partial" | "cancelled" | "draft";

const RON_LINES: NewLine[] = [
  {
    description: "Licență anuală „Gestiune Stocuri” – pachet standard",
    quantityMilli: 1000,
    unit: "buc",
    unitPrice: 249_000,
    vatRateBp: 1900,
  },
  {
    description: "Ore de consultanță pentru implementare și instruire",
    quantityMilli: 12_500,
    unit: "ore",
    unitPrice: 18_050,
    vatRateBp: 1900,
  },
  {
    description: "Manual tipărit (cărți: cotă redusă)",
    quantityMilli: 3000,
    unit: "buc",
    unitPrice: 4_999,
    vatRateBp: 500,
  },
];

const EUR_LINES: NewLine[] = [
  {
    description: "Hosting dedicat – abonament trimestrial",
    quantityMilli: 3000,
    unit: "luna",
    unitPrice: 12_900,
    vatRateBp: 1900,
  },
  {
    description: "Certificat SSL extins",
    quantityMilli: 1000,
    unit: "buc",
    unitPrice: 8_950,
    vatRateBp: 1900,
  },
];

const EUR_RATE = 49_768; // 4,9768 lei per euro

/** Invoices in both currencies and every status, dated around `today`. */
export function seedInvoices(
  tx: Tx,
  company: { id: number; prefix: string; pricePercent: number },
  today: string,
) {
  const serials = new Map<string, number>();
  const add = (
    kind: Kind,
    currency: "RON" | "EUR",
    age: number,
    series = company.prefix,
  ) => {
    const serial = (serials.get(series) ?? 0) + 1;
    serials.set(series, serial);
    const number = `${series}-${String(serial).padStart(4, "0")}`;
    const issueDate = addDays(today, -age);
    const overdue = kind === "overdue";
    const dueDate = overdue
      ? addDays(today, -(age % 20) - 5)
      : addDays(issueDate, 30);
    // Vary the first line's quantity so the totals are not all alike.
    const [first, ...rest] = currency === "RON" ? RON_LINES : EUR_LINES;
    const lines = [
      { ...first, quantityMilli: first.quantityMilli * (1 + (serial % 4)) },
      ...rest,
    ].map((line) => ({
      ...line,
      unitPrice: Math.round((line.unitPrice * company.pricePercent) / 100),
    }));
    const id = createInvoice(tx, {
      companyId: company.id,
      number,
      state:
        kind === "draft"
          ? "draft"
          : kind === "cancelled"
            ? "cancelled"
            : "issued",
      issueDate,
      dueDate,
      currency,
      exchangeRateE4: currency === "EUR" ? EUR_RATE : null,
      lines,
    });
    return { id, number, issueDate, total: documentTotals(lines).total };
  };
  const pay = (
    invoiceId: number,
    amount: number,
    paidOn: string,
    ref: string,
  ) =>
    recordPayment(tx, {
      invoiceId,
      amount,
      paidOn,
      method: "bank_transfer",
      source: "staff",
      reference: ref,
    });

  // A year of settled history, so the list has pages to turn.
  for (let month = 13; month >= 2; month -= 1) {
    const currency = month % 3 === 0 ? "EUR" : "RON";
    const invoice = add("paid", currency, month * 30);
    pay(
      invoice.id,
      invoice.total,
      addDays(invoice.issueDate, 20),
      `OP ${invoice.number}`,
    );
  }

  for (const currency of ["RON", "EUR"] as const) {
    const paid = add("paid", currency, 40);
    pay(paid.id, paid.total, addDays(paid.issueDate, 10), `OP ${paid.number}`);
    add("unpaid", currency, 5);
    add("overdue", currency, 50);
    const partial = add("partial", currency, 12);
    pay(
      partial.id,
      Math.floor(partial.total / 3),
      addDays(partial.issueDate, 3),
      "Avans",
    );
    const overduePartial = add("overdue", currency, 70);
    pay(
      overduePartial.id,
      10_000,
      addDays(overduePartial.issueDate, 5),
      "Parțial",
    );
    add("cancelled", currency, 25);
    add("draft", currency, 1);
  }

  // The previous series, two years back, so the list has a second page.
  for (let month = 25; month >= 14; month -= 1) {
    const currency = month % 4 === 0 ? "EUR" : "RON";
    const invoice = add("paid", currency, month * 30, `${company.prefix}-A`);
    pay(invoice.id, invoice.total, addDays(invoice.issueDate, 25), "OP");
  }

  // A credit note settles part of one invoice.
  const credited = add("unpaid", "RON", 8);
  issueCreditNote(tx, {
    invoiceId: credited.id,
    number: `${company.prefix}-CN-0001`,
    issueDate: addDays(credited.issueDate, 2),
    reason: "Retur manual deteriorat",
    lines: [{ ...RON_LINES[2], quantityMilli: 1000 }],
  });
}
