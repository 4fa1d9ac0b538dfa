import { getDb } from "../server/db";
import { formatResult } from "../server/import/report";
import { importPath } from "../server/import/run";
import type { Options } from "../server/import/types";

const USAGE = `Usage: npm run import -- FILE [--decimal=comma|dot] [--dry-run]
FILE is a .json file, a CSV file named after its kind, or a folder of them.
See docs/import.md.`;

function parseArguments(args: string[]) {
  const options: Options = {};
  const files: string[] = [];
  for (const arg of args) {
    if (arg === "--dry-run") options.dryRun = true;
    else if (arg === "--decimal=comma") options.decimal = "ro";
    else if (arg === "--decimal=dot") options.decimal = "en";
    else if (arg.startsWith("-")) return { error: `Unknown option ${arg}.` };
    else files.push(arg);
  }
  if (files.length !== 1) return { error: "Give exactly one FILE." };
  return { file: files[0], options };
}

async function main() {
  const parsed = parseArguments(process.argv.slice(2));
  if ("error" in parsed) {
    console.error(`${parsed.error}\n${USAGE}`);
    return 2;
  }

  const db = getDb();
  try {
    const result = await importPath(db, parsed.file, parsed.options);
    const text = formatResult(parsed.file, result).join("\n");
    if (result.ok) console.log(text);
    else console.error(text);
    return result.ok ? 0 : 1;
  } finally {
    db.$client.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`The import failed and wrote nothing: ${String(error)}`);
    process.exitCode = 1;
  },
);
