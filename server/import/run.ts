import { basename } from "node:path";
import type { Db } from "../../db/client";
import { hashPassword } from "../auth/passwords";
import { applyPlan, BalanceError } from "./apply";
import { checkInput } from "./check";
import { loadInput } from "./load";
import { summarize } from "./report";
import type { Issue, Options, Summary } from "./types";

export type ImportResult =
  | { ok: true; summary: Summary; applied: boolean }
  | { ok: false; issues: Issue[] };

/**
 * Reads FILE (a JSON file, a CSV file or a folder of them), checks all of
 * it and, only when nothing is wrong, writes it in one transaction.
 */
export async function importPath(
  db: Db,
  path: string,
  options: Options = {},
): Promise<ImportResult> {
  const loaded = loadInput(path, options.decimal);
  if (loaded.fatal) return refused(loaded.issues);

  const checked = checkInput(db, loaded.input);
  const issues = [
    ...loaded.issues,
    ...("issues" in checked ? checked.issues : []),
  ];
  if (issues.length > 0 || !("plan" in checked)) return refused(issues);
  const summary = summarize(checked.plan);
  if (options.dryRun) return { ok: true, summary, applied: false };

  // Hashing is slow and asynchronous; the transaction is neither.
  await Promise.all(
    checked.plan.people.map(async (person) => {
      if (person.password) {
        person.passwordHash = await hashPassword(person.password);
      }
    }),
  );
  try {
    applyPlan(db, checked.plan, basename(path));
  } catch (error) {
    if (!(error instanceof BalanceError)) throw error;
    const at = { file: basename(path), row: "", style: "csv" as const };
    return refused([{ ...at, message: error.message }]);
  }
  return { ok: true, summary, applied: true };
}

function refused(issues: Issue[]): ImportResult {
  return { ok: false, issues };
}
