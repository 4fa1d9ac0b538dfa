import { readFileSync, readdirSync, statSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { FILE_NAMES, kindOfFile } from "./columns";
import { parseCsv } from "./parse-csv";
import { parseJson } from "./parse-json";
import { emptyInput, type Decimal, type Issue, type RawInput } from "./types";

// `fatal`: a file could not be read at all. Checking the other files' links
// to its rows would only repeat that, so the check stops there.
export type Loaded = { input: RawInput; issues: Issue[]; fatal?: boolean };

const KNOWN = Object.values(FILE_NAMES).join(", ");

/** FILE is a JSON file, one CSV file named after its kind, or a folder. */
export function loadInput(path: string, decimal?: Decimal): Loaded {
  const name = basename(path);
  const whole = (message: string): Loaded => ({
    input: emptyInput(),
    issues: [{ file: name, row: "", style: "csv", message }],
    fatal: true,
  });

  let isFolder: boolean;
  try {
    isFolder = statSync(path).isDirectory();
  } catch {
    return whole("does not exist or cannot be read");
  }
  if (!isFolder) return loadFile(path, decimal);

  const files = readdirSync(path)
    .filter((file) => [".csv", ".json"].includes(extname(file).toLowerCase()))
    .sort();
  if (files.length === 0) return whole(`holds none of ${KNOWN}`);

  const loaded: Loaded = { input: emptyInput(), issues: [] };
  for (const file of files) {
    const part = loadFile(join(path, file), decimal);
    loaded.issues.push(...part.issues);
    loaded.fatal ||= part.fatal;
    for (const [kind, rows] of Object.entries(part.input)) {
      loaded.input[kind as keyof RawInput].push(...rows);
    }
  }
  return loaded;
}

function loadFile(path: string, decimal?: Decimal): Loaded {
  const file = basename(path);
  const refuse = (message: string): Loaded => ({
    input: emptyInput(),
    issues: [{ file, row: "", style: "csv", message }],
    fatal: true,
  });

  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return refuse("cannot be read");
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return refuse('is not UTF-8 text; save it as UTF-8 ("CSV UTF-8")');
  }

  if (extname(file).toLowerCase() === ".json") return parseJson(text, file);
  const kind = kindOfFile(file);
  if (!kind) return refuse(`is not named after a kind of row: ${KNOWN}`);

  const { rows, issues, fatal } = parseCsv(text, file, kind, decimal);
  const input = emptyInput();
  input[kind] = rows;
  return { input, issues, fatal };
}
