import { and, asc, eq, gte, isNull, lt, lte, ne, or, sum } from "drizzle-orm";
import type { Db } from "../../db/client";
import { creditNotes, invoices, payments } from "../../db/schema";
import type { Period } from "./period";

export type StatementEntry = {
  kind: "invoice" | "payment" | "credit_note";
  id: number;
  invoiceId: number | null;
  date: string;
  reference: string;
  debit: number;
  credit: number;
  balance: number;
};

export type StatementBlock = {
  currency: string;
  opening: number;
  entries: StatementEntry[];
  debits: number;
  credits: number;
  closing: number;
};

const issued = (companyId: number) =>
  and(eq(invoices.companyId, companyId), eq(invoices.state, "issued"));
// A payment recorded against a draft would reveal the draft: left out.
const paymentsOf = (companyId: number) =>
  and(
    eq(payments.companyId, companyId),
    or(isNull(payments.invoiceId), ne(invoices.state, "draft")),
  );
const issuedNotes = (companyId: number) =>
  and(eq(creditNotes.companyId, companyId), eq(creditNotes.state, "issued"));

/** What the company owed in each currency before `date`. */
function balancesBefore(db: Db, companyId: number, date: string) {
  const owed = new Map<string, number>();
  const add = (
    rows: { currency: string; value: number | null }[],
    sign: 1 | -1,
  ) => {
    for (const row of rows) {
      owed.set(
        row.currency,
        (owed.get(row.currency) ?? 0) + sign * (row.value ?? 0),
      );
    }
  };
  add(
    db
      .select({
        currency: invoices.currency,
        value: sum(invoices.total).mapWith(Number),
      })
      .from(invoices)
      .where(and(issued(companyId), lt(invoices.issueDate, date)))
      .groupBy(invoices.currency)
      .all(),
    1,
  );
  add(
    db
      .select({
        currency: payments.currency,
        value: sum(payments.amount).mapWith(Number),
      })
      .from(payments)
      .leftJoin(invoices, eq(invoices.id, payments.invoiceId))
      .where(and(paymentsOf(companyId), lt(payments.paidOn, date)))
      .groupBy(payments.currency)
      .all(),
    -1,
  );
  add(
    db
      .select({
        currency: creditNotes.currency,
        value: sum(creditNotes.total).mapWith(Number),
      })
      .from(creditNotes)
      .where(and(issuedNotes(companyId), lt(creditNotes.issueDate, date)))
      .groupBy(creditNotes.currency)
      .all(),
    -1,
  );
  return owed;
}

function entriesIn(db: Db, companyId: number, { from, to }: Period) {
  const billed = db
    .select({
      id: invoices.id,
      date: invoices.issueDate,
      reference: invoices.number,
      currency: invoices.currency,
      amount: invoices.total,
    })
    .from(invoices)
    .where(
      and(
        issued(companyId),
        gte(invoices.issueDate, from),
        lte(invoices.issueDate, to),
      ),
    )
    .orderBy(asc(invoices.issueDate), asc(invoices.id))
    .all();
  const paid = db
    .select({
      id: payments.id,
      invoiceId: payments.invoiceId,
      date: payments.paidOn,
      reference: payments.reference,
      currency: payments.currency,
      amount: payments.amount,
      invoiceNumber: invoices.number,
    })
    .from(payments)
    .leftJoin(invoices, eq(invoices.id, payments.invoiceId))
    .where(
      and(
        paymentsOf(companyId),
        gte(payments.paidOn, from),
        lte(payments.paidOn, to),
      ),
    )
    .orderBy(asc(payments.paidOn), asc(payments.id))
    .all();
  const credited = db
    .select({
      id: creditNotes.id,
      invoiceId: creditNotes.invoiceId,
      date: creditNotes.issueDate,
      reference: creditNotes.number,
      currency: creditNotes.currency,
      amount: creditNotes.total,
    })
    .from(creditNotes)
    .where(
      and(
        issuedNotes(companyId),
        gte(creditNotes.issueDate, from),
        lte(creditNotes.issueDate, to),
      ),
    )
    .orderBy(asc(creditNotes.issueDate), asc(creditNotes.id))
    .all();

  return [
    ...billed.map((r) => ({ ...r, kind: "invoice" as const, invoiceId: r.id })),
    ...paid.map((r) => ({
      ...r,
      kind: "payment" as const,
      reference: [r.invoiceNumber, r.reference].filter(Boolean).join(" · "),
    })),
    ...credited.map((r) => ({ ...r, kind: "credit_note" as const })),
  ];
}

const ORDER = { invoice: 0, credit_note: 1, payment: 2 };

/**
 * The statement for a period, one block per currency (amounts in different
 * currencies are never added): the opening balance, every invoice, payment
 * and credit note by date with a running balance, and the closing balance.
 */
export function accountStatement(db: Db, companyId: number, period: Period) {
  const opening = balancesBefore(db, companyId, period.from);
  const rows = entriesIn(db, companyId, period).sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      ORDER[a.kind] - ORDER[b.kind] ||
      a.id - b.id,
  );
  const currencies = new Set([
    ...opening.keys(),
    ...rows.map((r) => r.currency),
  ]);

  return [...currencies].sort().map((currency): StatementBlock => {
    let balance = opening.get(currency) ?? 0;
    let debits = 0;
    let credits = 0;
    const entries = rows
      .filter((row) => row.currency === currency)
      .map((row) => {
        const debit = row.kind === "invoice" ? row.amount : 0;
        const credit = row.kind === "invoice" ? 0 : row.amount;
        balance += debit - credit;
        debits += debit;
        credits += credit;
        return {
          kind: row.kind,
          id: row.id,
          invoiceId: row.invoiceId,
          date: row.date,
          reference: row.reference,
          debit,
          credit,
          balance,
        };
      });
    return {
      currency,
      opening: opening.get(currency) ?? 0,
      entries,
      debits,
      credits,
      closing: balance,
    };
  });
}

/**
 * Everything owed now, per currency: every issued document whatever its
 * date, so it is the same sum the dashboard shows as the balance due.
 */
export function openBalance(db: Db, companyId: number) {
  return [...balancesBefore(db, companyId, "9999-12-31")]
    .map(([currency, amount]) => ({ currency, amount }))
    .sort((a, b) => a.currency.localeCompare(b.currency));
}
