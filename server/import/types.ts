export const KINDS = [
  "companies",
  "contacts",
  "invoices",
  "invoiceLines",
  "payments",
  "creditNotes",
  "creditNoteLines",
] as const;

export type Kind = (typeof KINDS)[number];

/** How a file writes decimals: "ro" is 1.234,56 and "en" is 1,234.56. */
export type Decimal = "ro" | "en";

/** Where a value came from, in words the person who made the file knows. */
export type Location = {
  file: string;
  /** "line 4" in a CSV file, "invoices[2].lines[0]" in a JSON file. */
  row: string;
  style: "csv" | "json";
};

export type Issue = Location & { field?: string; message: string };

/** One row as read, before any value is checked: canonical name → text. */
export type RawRow = {
  at: Location;
  decimal: Decimal;
  values: Record<string, string>;
  /** The column or key as the file spells it, for messages. */
  names: Record<string, string>;
};

export type RawInput = Record<Kind, RawRow[]>;

export function emptyInput(): RawInput {
  return Object.fromEntries(KINDS.map((kind) => [kind, []])) as never;
}

export type Options = { decimal?: Decimal; dryRun?: boolean };

export type Counts = { created: number; updated: number };
export type Summary = Record<Kind, Counts>;
