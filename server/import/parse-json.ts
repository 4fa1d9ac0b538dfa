import { COLUMNS, canonicalName } from "./columns";
import { emptyInput, type Issue, type Kind, type RawInput } from "./types";
import type { Location, RawRow } from "./types";

type Parsed = { input: RawInput; issues: Issue[]; fatal?: boolean };
type Json = Record<string, unknown>;

// Maps, not plain objects: a key such as "constructor" or "toString" must
// be an unknown section, not something every object inherits.
const SECTIONS = new Map<string, Kind>([
  ["companies", "companies"],
  ["contacts", "contacts"],
  ["invoices", "invoices"],
  ["payments", "payments"],
  ["creditNotes", "creditNotes"],
]);
const LINES = new Map<Kind, [Kind, string]>([
  ["invoices", ["invoiceLines", "invoiceNumber"]],
  ["creditNotes", ["creditNoteLines", "creditNoteNumber"]],
]);

/** Reads the JSON form: one object with an array per kind. */
export function parseJson(text: string, file: string): Parsed {
  const input = emptyInput();
  const issues: Issue[] = [];
  const at = (row: string): Location => ({ file, row, style: "json" });

  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    const message = `is not valid JSON: ${(error as Error).message}`;
    return { input, issues: [{ ...at(""), message }], fatal: true };
  }
  if (!isObject(data)) {
    const message = "must hold one object with arrays such as invoices";
    return { input, issues: [{ ...at(""), message }], fatal: true };
  }

  for (const [key, items] of Object.entries(data)) {
    const kind = SECTIONS.get(canonicalName(key));
    if (!kind || !Array.isArray(items)) {
      const message = kind ? "must be an array" : "is not a known section";
      issues.push({ ...at(key), message });
      continue;
    }
    items.forEach((item, index) => {
      const path = `${key}[${index}]`;
      const row = readRow(item, kind, at(path), issues);
      if (!row) return;
      input[kind].push(row);

      const lines = LINES.get(kind);
      const nested = isObject(item) ? item.lines : undefined;
      if (!lines || nested === undefined) return;
      if (!Array.isArray(nested)) {
        issues.push({
          ...at(path),
          field: "lines",
          message: "must be an array",
        });
        return;
      }
      nested.forEach((line, position) => {
        const child = readRow(
          line,
          lines[0],
          at(`${path}.lines[${position}]`),
          issues,
        );
        if (!child) return;
        child.values[lines[1]] = row.values.number ?? "";
        child.names[lines[1]] = `${path}.number`;
        input[lines[0]].push(child);
      });
    });
  }
  return { input, issues };
}

function readRow(item: unknown, kind: Kind, at: Location, issues: Issue[]) {
  if (!isObject(item)) {
    issues.push({ ...at, message: "must be an object" });
    return undefined;
  }
  const row: RawRow = { at, decimal: "en", values: {}, names: {} };
  const known = new Set(COLUMNS[kind]);
  for (const [key, value] of Object.entries(item)) {
    const column = canonicalName(key);
    if (key === "lines" && LINES.has(kind)) continue;
    if (!known.has(column)) {
      issues.push({ ...at, field: key, message: "is not a known field" });
    } else if (typeof value === "object" && value !== null) {
      const message = "must be a text, a number, true or false";
      issues.push({ ...at, field: key, message });
    } else {
      row.values[column] = jsonText(value);
      row.names[column] = key;
    }
  }
  return row;
}

// Numbers are read back from their shortest decimal text, which JSON.parse
// keeps exact for every amount with at most 15 significant digits.
function jsonText(value: unknown) {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "yes" : "no";
  return String(value);
}

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
