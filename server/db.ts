import { migrateDatabase, openDatabase, type Db } from "../db/client";
import { env } from "./env";

let instance: Db | undefined;

/** The application's database, opened and migrated on first use. */
export function getDb(): Db {
  if (!instance) {
    instance = openDatabase(env().DATABASE_PATH);
    migrateDatabase(instance, env().MIGRATIONS_PATH);
  }
  return instance;
}

/** Tests hand loaders and actions their own fresh database. */
export function setDatabase(db: Db) {
  instance = db;
}
