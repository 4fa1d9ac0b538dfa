import { schemas } from "./schemas";
import { KINDS, type Kind } from "./types";

const LINE_AMOUNTS = ["vatRate", "net", "vat", "total"];
const TOTALS = ["subtotal", "vatTotal", "total"];

/** Every column a kind knows, by its canonical (camelCase) name. */
export const COLUMNS = Object.fromEntries(
  KINDS.map((kind) => [kind, Object.keys(schemas("ro")[kind].shape)]),
) as Record<Kind, string[]>;

/** Columns whose decimals follow the file's decimal convention. */
export const NUMERIC = new Set([
  ...["exchangeRate", "quantity", "unitPrice", "amount"],
  ...LINE_AMOUNTS,
  ...TOTALS,
]);

export const FILE_NAMES: Record<Kind, string> = {
  companies: "companies.csv",
  contacts: "contacts.csv",
  invoices: "invoices.csv",
  invoiceLines: "invoice_lines.csv",
  payments: "payments.csv",
  creditNotes: "credit_notes.csv",
  creditNoteLines: "credit_note_lines.csv",
};

export function kindOfFile(fileName: string): Kind | undefined {
  const name = fileName.toLowerCase();
  const entry = Object.entries(FILE_NAMES).find(([, file]) => file === name);
  return entry?.[0] as Kind | undefined;
}

/** "VAT Code", "vat_code", "vat-code" and "vatCode" all name vatCode. */
export function canonicalName(written: string) {
  return written
    .trim()
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toLowerCase()
    .split(/[\s_-]+/)
    .filter(Boolean)
    .map((word, index) =>
      index ? word[0].toUpperCase() + word.slice(1) : word,
    )
    .join("");
}

export function snakeName(canonical: string) {
  return canonical.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}
