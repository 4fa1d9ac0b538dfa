import type { Plan } from "./plan";
import type { ImportResult } from "./run";
import type { Issue, Summary } from "./types";

/** Counts of what a plan creates and updates, kind by kind. */
export function summarize(plan: Plan): Summary {
  const count = (rows: { id: number | null }[]) => ({
    created: rows.filter((row) => row.id === null).length,
    updated: rows.filter((row) => row.id !== null).length,
  });
  const lines = (documents: { lines: unknown[] }[]) => ({
    created: documents.reduce((sum, doc) => sum + doc.lines.length, 0),
    updated: 0,
  });
  return {
    companies: count(plan.companies),
    contacts: count(plan.contacts),
    invoices: count(plan.invoices),
    invoiceLines: lines(plan.invoices),
    payments: count(plan.payments),
    creditNotes: count(plan.creditNotes),
    creditNoteLines: lines(plan.creditNotes),
  };
}

/** Issues in file order: "invoices.csv line 4, unit_price: …". */
export function formatIssues(issues: Issue[]) {
  return [...issues]
    .sort(
      (a, b) =>
        a.file.localeCompare(b.file) ||
        a.row.localeCompare(b.row, "en", { numeric: true }),
    )
    .map((issue) => {
      const where = [issue.file, issue.row].filter(Boolean).join(" ");
      return issue.field
        ? `${where}, ${issue.field}: ${issue.message}`
        : `${where}: ${issue.message}`;
    });
}

const LABELS: [keyof Summary, string, (keyof Summary)?][] = [
  ["companies", "companies"],
  ["contacts", "contacts"],
  ["invoices", "invoices", "invoiceLines"],
  ["creditNotes", "credit notes", "creditNoteLines"],
  ["payments", "payments"],
];

const plural = (count: number, word: string) =>
  `${count} ${word}${count === 1 ? "" : "s"}`;

/** What the CLI prints: one line per kind, or one per issue. */
export function formatResult(file: string, result: ImportResult) {
  if (!result.ok) {
    const problems = plural(result.issues.length, "problem");
    const lines = formatIssues(result.issues).map((line) => `  ${line}`);
    return [`Refused ${file}: ${problems}; nothing was written.`, ...lines];
  }

  const head = result.applied
    ? `Imported ${file}:`
    : `Checked ${file}: nothing is wrong; with --dry-run nothing was ` +
      `written. It would write:`;
  const rows = LABELS.map(([kind, label, lines]) => {
    const { created, updated } = result.summary[kind];
    const counts = `${created} created, ${updated} updated`;
    const extra = lines
      ? `, ${plural(result.summary[lines].created, "line")}`
      : "";
    return `  ${label.padEnd(13)} ${counts}${extra}`;
  });
  return [head, ...rows];
}
