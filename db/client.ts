import Database from "better-sqlite3";
import {
  drizzle,
  type BetterSQLite3Database,
} from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema> & {
  $client: Database.Database;
};

// The one place that opens SQLite and sets its pragmas.
export function openDatabase(path: string): Db {
  if (path !== ":memory:")
    mkdirSync(dirname(resolve(path)), { recursive: true });
  const sqlite = new Database(path);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  return drizzle(sqlite, { schema });
}

export function migrateDatabase(db: Db, migrationsPath: string) {
  migrate(db, { migrationsFolder: resolve(migrationsPath) });
}

/** A fresh, migrated database in memory: one per test. */
export function createTestDatabase(): Db {
  const db = openDatabase(":memory:");
  migrateDatabase(db, "drizzle");
  return db;
}

export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/** What a write needs: the database or a transaction already open on it. */
export type Writer = Db | Tx;
