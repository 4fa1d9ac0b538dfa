import { snakeName } from "./columns";
import { schemas, type Row } from "./schemas";
import { KINDS, type Decimal, type Issue, type Kind } from "./types";
import type { RawInput, RawRow } from "./types";

/** A row whose every value is well formed, with where it came from. */
export type Valid<K extends Kind> = {
  raw: RawRow;
  value: Row<K>;
};

export type ValidInput = { [K in Kind]: Valid<K>[] };

const built: Partial<Record<Decimal, ReturnType<typeof schemas>>> = {};

/** Checks each row on its own: types, formats, checksums, required values. */
export function validateRows(input: RawInput) {
  const valid = {} as ValidInput;
  const issues: Issue[] = [];

  for (const kind of KINDS) {
    valid[kind] = [];
    for (const raw of input[kind]) {
      const schema = (built[raw.decimal] ??= schemas(raw.decimal))[kind];
      const result = schema.safeParse(raw.values);
      if (result.success) {
        (valid[kind] as Valid<Kind>[]).push({ raw, value: result.data });
        continue;
      }
      for (const issue of result.error.issues) {
        const field = String(issue.path[0] ?? "");
        issues.push(issueAt(raw, field, issue.message));
      }
    }
  }
  return { valid, issues };
}

/** An issue about one field of one row, named as the file names it. */
export function issueAt(raw: RawRow, field: string, message: string): Issue {
  const name =
    raw.names[field] ?? (raw.at.style === "csv" ? snakeName(field) : field);
  return { ...raw.at, field: field ? name : undefined, message };
}
