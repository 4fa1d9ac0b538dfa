import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../db/client";
import { BAD_EXPORT, CSV_EXPORT, rowCounts, tempDir } from "./helpers";

const run = promisify(execFile);

/** `npx tsx scripts/import.ts …` with its own database file. */
async function cli(databasePath: string, ...args: string[]) {
  const env = { ...process.env, DATABASE_PATH: databasePath };
  try {
    const { stdout, stderr } = await run(
      "npx",
      ["tsx", "scripts/import.ts", ...args],
      { env },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return failed;
  }
}

function countsIn(path: string) {
  const db = openDatabase(path);
  try {
    return rowCounts(db);
  } finally {
    db.$client.close();
  }
}

describe("npm run import", () => {
  it("creates the database, imports and prints a summary", async () => {
    const database = join(tempDir(), "data", "portal.sqlite");

    const { code, stdout } = await cli(database, CSV_EXPORT);

    expect(code).toBe(0);
    expect(stdout).toContain("invoices      5 created, 0 updated, 8 lines");
    expect(countsIn(database)).toMatchObject({ invoices: 5, payments: 3 });
  });

  it("exits 1, names the bad rows and writes nothing", async () => {
    const database = join(tempDir(), "portal.sqlite");

    const { code, stderr } = await cli(database, BAD_EXPORT);

    expect(code).toBe(1);
    expect(stderr).toContain("Refused");
    expect(stderr).toContain(
      "invoices.csv line 5, total: is 200.00 but its lines come to 119.00",
    );
    expect(countsIn(database)).toMatchObject({ companies: 0, invoices: 0 });
  });

  it("checks without writing on a dry run", async () => {
    const database = join(tempDir(), "portal.sqlite");

    const { code, stdout } = await cli(database, "--dry-run", CSV_EXPORT);

    expect(code).toBe(0);
    expect(stdout).toContain("nothing was written");
    expect(countsIn(database)).toMatchObject({ invoices: 0, auditLog: 0 });
  });

  it("exits 2 when no file is given", async () => {
    const { code, stderr } = await cli(join(tempDir(), "portal.sqlite"));

    expect(code).toBe(2);
    expect(stderr).toContain("Usage: npm run import -- FILE");
  });
});
