import { lineAmounts, type LineInput } from "../money";
import { MAX_AMOUNT, showAmount } from "./numbers";
import type { Issue, RawRow } from "./types";
import { issueAt, type Valid } from "./validate";

type Line = Valid<"invoiceLines" | "creditNoteLines">;
type Checked = "net" | "vat" | "total" | "subtotal" | "vatTotal";
type Given = Partial<Record<Checked, number | null>>;

/**
 * Lines by their document's number. A line whose document is not in the
 * import is refused: a document's lines are only ever replaced with it.
 */
export function groupLines<L extends Line>(
  lines: L[],
  field: "invoiceNumber" | "creditNoteNumber",
  numbers: Set<string>,
  issues: Issue[],
) {
  const groups = new Map<string, L[]>();
  for (const line of lines) {
    const parent = line.value as Partial<Record<typeof field, string>>;
    const number = parent[field] ?? "";
    if (!numbers.has(number)) {
      const message = `"${number}" is not in this import`;
      issues.push(issueAt(line.raw, field, message));
      continue;
    }
    groups.set(number, [...(groups.get(number) ?? []), line]);
  }
  return groups;
}

/** Totals from the lines; an amount the file also gives must agree. */
export function computeTotals(
  raw: RawRow,
  given: Given,
  lines: Line[],
  inFile: number,
  issues: Issue[],
) {
  if (inFile === 0) issues.push(issueAt(raw, "", "has no lines"));
  // A refused line is named already; totals without it would only mislead.
  if (inFile === 0 || lines.length < inFile) return undefined;

  let ok = true;
  let [subtotal, vatTotal] = [0n, 0n];
  for (const { raw, value } of lines) {
    const amounts = price(raw, value, issues);
    const fits =
      !!amounts && agrees(raw, value, amounts, "the line comes", issues);
    ok &&= fits;
    subtotal += BigInt(amounts?.net ?? 0);
    vatTotal += BigInt(amounts?.vat ?? 0);
  }
  // Summed exactly, so no number of lines can overflow before this check.
  const total = subtotal + vatTotal;
  const exact = { total, subtotal, vatTotal };
  if (!ok || beyond(raw, exact, "its lines come to", issues)) return undefined;

  const totals = {
    subtotal: Number(subtotal),
    vatTotal: Number(vatTotal),
    total: Number(total),
  };
  return agrees(raw, given, totals, "its lines come", issues)
    ? totals
    : undefined;
}

/** A line's amounts, or undefined with an issue when one is too large. */
function price(raw: RawRow, value: Line["value"], issues: Issue[]) {
  const input: LineInput = {
    quantityMilli: value.quantity,
    unitPrice: value.unitPrice,
    vatRateBp: value.vatRate,
  };
  try {
    const amounts = lineAmounts(input);
    return beyond(raw, amounts, "comes to", issues) ? undefined : amounts;
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    // Too large to price at all: only its sign matters to the message.
    const net = BigInt(input.quantityMilli) * BigInt(input.unitPrice);
    beyond(raw, { net }, "comes to", issues);
    return undefined;
  }
}

/** Names the first amount past MAX_AMOUNT either way; true if there is one. */
function beyond(
  raw: RawRow,
  amounts: Record<string, number | bigint>,
  what: string,
  issues: Issue[],
) {
  const limit = BigInt(MAX_AMOUNT);
  for (const [field, amount] of Object.entries(amounts)) {
    const value = BigInt(amount);
    if (value >= -limit && value <= limit) continue;
    const [words, edge] =
      value > 0
        ? ["more than the largest", MAX_AMOUNT]
        : ["less than the smallest", -MAX_AMOUNT];
    const shown = showAmount(edge, raw.decimal);
    issues.push(
      issueAt(raw, field, `${what} ${words} amount allowed, ${shown}`),
    );
    return true;
  }
  return false;
}

function agrees(
  raw: RawRow,
  given: Given,
  computed: Partial<Record<Checked, number>>,
  what: string,
  issues: Issue[],
) {
  let ok = true;
  for (const [field, value] of Object.entries(computed)) {
    const stated = given[field as Checked];
    if (stated === null || stated === undefined || stated === value) continue;
    const [a, b] = [stated, value].map((v) => showAmount(v, raw.decimal));
    issues.push(issueAt(raw, field, `is ${a} but ${what} to ${b}`));
    ok = false;
  }
  return ok;
}
