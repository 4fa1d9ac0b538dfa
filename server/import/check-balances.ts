import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { creditNotes, payments } from "../../db/schema";
import type { StoredInvoice } from "./check-invoices";
import { showAmount } from "./fields";
import { foldKey } from "./keys";
import { chunked, type PlannedDocument } from "./plan";
import type { PlannedCreditNote, PlannedPayment } from "./plan";
import type { Issue, RawRow } from "./types";
import { issueAt } from "./validate";

type Planned = {
  invoices: Map<string, PlannedDocument<"invoices">>;
  creditNotes: PlannedCreditNote[];
  payments: PlannedPayment[];
};
type Settlement = { raw: RawRow; amount: number; field: string };

/**
 * What is paid and credited may never pass an invoice's total, counting
 * what the portal already holds and this import does not replace.
 */
export function checkBalances(
  db: Db,
  planned: Planned,
  stored: Map<string, StoredInvoice>,
  issues: Issue[],
) {
  const settlements = new Map<string, Settlement[]>();
  const settle = (number: string, entry: Settlement) =>
    settlements.set(number, [...(settlements.get(number) ?? []), entry]);
  for (const note of planned.creditNotes) {
    const { raw, value } = note.valid;
    if (!note.invoiceNumber || value.state !== "issued") continue;
    const entry = { raw, amount: note.totals.total, field: "invoiceNumber" };
    settle(note.invoiceNumber, entry);
  }
  for (const { valid } of planned.payments) {
    const entry = {
      raw: valid.raw,
      amount: valid.value.amount,
      field: "amount",
    };
    settle(valid.value.invoiceNumber, entry);
  }

  const numbers = new Set([...planned.invoices.keys(), ...settlements.keys()]);
  const already = settledInPortal(db, planned, stored, numbers);
  for (const number of numbers) {
    const inFile = planned.invoices.get(number);
    const kept = stored.get(number);
    const total = inFile?.totals.total ?? kept?.total ?? 0;
    const state = inFile?.valid.value.state ?? kept?.state;
    let settled = (kept && already.get(kept.id)) ?? 0;

    if (inFile && settled > 0 && (state !== "issued" || settled > total)) {
      const paid = showAmount(settled, inFile.valid.raw.decimal);
      const [field, message] =
        state !== "issued"
          ? ["state", `cannot be ${state}: ${paid} is paid or credited`]
          : ["total", `is less than the ${paid} already paid or credited`];
      issues.push(issueAt(inFile.valid.raw, field, message));
      continue;
    }
    for (const { raw, amount, field } of settlements.get(number) ?? []) {
      const show = (minor: number) => showAmount(minor, raw.decimal);
      const left = total - settled;
      if (state !== "issued") {
        const message = `invoice ${number} is ${state}, not issued`;
        issues.push(issueAt(raw, field, message));
      } else if (amount > left) {
        const message =
          `${show(amount)} is more than the ${show(left)} ` +
          `left on invoice ${number}`;
        issues.push(issueAt(raw, field, message));
      } else {
        // Only what fits counts: the sum never passes the total, and the
        // rows after a refused one are measured against what is truly left.
        settled += amount;
      }
    }
  }
}

/** Per stored invoice: payments and issued credit notes this file keeps. */
function settledInPortal(
  db: Db,
  planned: Planned,
  stored: Map<string, StoredInvoice>,
  numbers: Set<string>,
) {
  const ids = [...numbers].flatMap((number) => stored.get(number)?.id ?? []);
  const keys = new Set(planned.payments.map((payment) => payment.key));
  const notes = new Set(planned.creditNotes.map((n) => n.valid.value.number));
  const totals = new Map<number, number>();
  const add = (id: number | null, amount: number) => {
    if (id !== null) totals.set(id, (totals.get(id) ?? 0) + amount);
  };

  const paid = chunked(ids, (chunk) =>
    db
      .select({
        invoiceId: payments.invoiceId,
        key: payments.externalRef,
        amount: payments.amount,
      })
      .from(payments)
      .where(inArray(payments.invoiceId, chunk))
      .all(),
  );
  for (const payment of paid) {
    if (!keys.has(payment.key ?? "")) add(payment.invoiceId, payment.amount);
  }

  const credited = chunked(ids, (chunk) =>
    db
      .select({
        invoiceId: creditNotes.invoiceId,
        number: creditNotes.number,
        total: creditNotes.total,
      })
      .from(creditNotes)
      .where(
        and(
          inArray(creditNotes.invoiceId, chunk),
          eq(creditNotes.state, "issued"),
        ),
      )
      .all(),
  );
  for (const note of credited) {
    if (!notes.has(foldKey(note.number))) add(note.invoiceId, note.total);
  }
  return totals;
}
