import { parse } from "csv-parse/sync";
import { COLUMNS, NUMERIC, canonicalName } from "./columns";
import { detectDecimal } from "./decimal";
import type { Decimal, Issue, Kind, Location, RawRow } from "./types";

type Parsed = { rows: RawRow[]; issues: Issue[]; fatal?: boolean };
type CsvRecord = { record: string[]; info: { bytes: number } };

/** The delimiter is whichever of ";" and "," the header line uses more. */
export function detectDelimiter(text: string) {
  const header = text.split(/\r?\n/, 1)[0];
  const count = (mark: string) => header.split(mark).length - 1;
  return count(";") > count(",") ? ";" : ",";
}

/** Reads one CSV file of one kind; a header line names the columns. */
export function parseCsv(
  text: string,
  file: string,
  kind: Kind,
  decimal?: Decimal,
): Parsed {
  const at = (line: number): Location => ({
    file,
    row: `line ${line}`,
    style: "csv",
  });
  const content = text.replace(/^\uFEFF/, "");
  // Rows are matched to the first line's columns: a blank one would turn
  // the header itself into a row of data.
  const first = content.split(/\r?\n/, 1)[0];
  if (content.trim() !== "" && /^[\s,;"]*$/.test(first)) {
    const message = "is blank; the first line must be the header";
    return { rows: [], issues: [{ ...at(1), message }], fatal: true };
  }
  let records: CsvRecord[];
  try {
    records = parse(content, {
      delimiter: detectDelimiter(content),
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as CsvRecord[];
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    const issues = [{ ...at(line), message: csvError(error) }];
    return { rows: [], issues, fatal: true };
  }
  if (records.length === 0) {
    const issues = [{ ...at(1), message: "has no header line" }];
    return { rows: [], issues, fatal: true };
  }

  const lineOf = lineCounter(content);
  const [header, ...body] = records;
  const names = header.record.map((written) => written.trim());
  const columns = names.map(canonicalName);
  const headerAt = at(lineOf(header));
  const issues: Issue[] = headerIssues(names, columns, kind, headerAt);

  const numbers = body.flatMap(({ record }) =>
    record.filter((_, index) => NUMERIC.has(columns[index])),
  );
  const detected = decimal ? { decimal } : detectDecimal(numbers);
  if ("error" in detected) {
    issues.push({ file, row: "", style: "csv", message: detected.error });
  }

  const rows = body.map((parsed) => {
    const { record } = parsed;
    const row: RawRow = {
      at: at(lineOf(parsed)),
      decimal: "decimal" in detected ? detected.decimal : "ro",
      values: {},
      names: {},
    };
    if (record.length !== columns.length) {
      const counts = `${record.length} fields, the header ${columns.length}`;
      issues.push({ ...row.at, message: `has ${counts}` });
    }
    columns.forEach((column, index) => {
      row.values[column] = record[index] ?? "";
      row.names[column] = names[index];
    });
    return row;
  });
  return { rows, issues };
}

/**
 * The line a record starts on, counted from the bytes csv-parse consumed:
 * its own line count takes a quoted CR LF for two lines.
 */
function lineCounter(content: string) {
  const bytes = Buffer.from(content);
  let offset = 0;
  let newlines = 0;
  return ({ record, info }: CsvRecord) => {
    for (; offset < info.bytes; offset++) {
      if (bytes[offset] === 0x0a) newlines++;
    }
    const ending = bytes[info.bytes - 1] === 0x0a ? 1 : 0;
    const inside = record.join("").split("\n").length - 1;
    return newlines - ending - inside + 1;
  };
}

function headerIssues(
  names: string[],
  columns: string[],
  kind: Kind,
  at: Location,
): Issue[] {
  const known = new Set(COLUMNS[kind]);
  return columns.flatMap((column, index) => {
    const field = names[index];
    if (!known.has(column)) {
      return [{ ...at, field, message: "is not a column this file can have" }];
    }
    if (columns.indexOf(column) !== index) {
      return [{ ...at, field, message: "appears twice in the header" }];
    }
    return [];
  });
}

function csvError(error: unknown) {
  const code = (error as { code?: string }).code;
  if (code === "CSV_QUOTE_NOT_CLOSED") {
    return "has a quote that is never closed";
  }
  return `cannot be read as CSV: ${(error as Error).message}`;
}
