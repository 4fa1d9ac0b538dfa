import { vatKey } from "./checksums";
import { foldKey } from "./keys";
import type { RawInput, RawRow } from "./types";

/**
 * Keys the file's rows carry, valid or not. A reference to a row that was
 * itself refused is not reported again: that row's issue says it already.
 */
export type Mentioned = {
  companies: Set<string>;
  invoices: Set<string>;
  creditNotes: Set<string>;
  /** How many lines the file gives each document, refused ones included. */
  invoiceLines: Map<string, number>;
  creditNoteLines: Map<string, number>;
};

export function mentioned(input: RawInput): Mentioned {
  const keys = (rows: RawRow[], field: string) =>
    rows.flatMap((row) => {
      const value = foldKey(row.values[field]?.trim() ?? "");
      return value ? [value] : [];
    });
  const counts = (rows: RawRow[], field: string) => {
    const map = new Map<string, number>();
    for (const key of keys(rows, field)) map.set(key, (map.get(key) ?? 0) + 1);
    return map;
  };

  return {
    companies: new Set([
      ...keys(input.companies, "ref").map((ref) => `ref:${ref}`),
      ...keys(input.companies, "vatCode").map((code) => `vat:${vatKey(code)}`),
    ]),
    invoices: new Set(keys(input.invoices, "number")),
    creditNotes: new Set(keys(input.creditNotes, "number")),
    invoiceLines: counts(input.invoiceLines, "invoiceNumber"),
    creditNoteLines: counts(input.creditNoteLines, "creditNoteNumber"),
  };
}
