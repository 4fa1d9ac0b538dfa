import { documentTotals, lineAmounts, type LineInput } from "../money";
import { showAmount } from "./fields";
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
  const inputs = lines.map(({ raw, value }): LineInput => {
    const input = {
      quantityMilli: value.quantity,
      unitPrice: value.unitPrice,
      vatRateBp: value.vatRate,
    };
    const amounts = safeAmounts(input);
    if (!amounts) issues.push(issueAt(raw, "unitPrice", "is too large"));
    ok &&= !!amounts && agrees(raw, value, amounts, "the line comes", issues);
    return input;
  });
  if (!ok) return undefined;

  const { subtotal, vatTotal, total } = documentTotals(inputs);
  const totals = { subtotal, vatTotal, total };
  return agrees(raw, given, totals, "its lines come", issues)
    ? totals
    : undefined;
}

function safeAmounts(input: LineInput) {
  try {
    return lineAmounts(input);
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
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
