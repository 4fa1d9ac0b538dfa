// Runs before the server: checks the settings, creates and migrates the
// database, and seeds the demo data into a new one unless told not to.
import { count } from "drizzle-orm";
import { migrateDatabase, openDatabase } from "../db/client";
import { supplierSettings } from "../db/schema";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from "../db/seed";
import { forgetOldAttempts } from "../server/auth/throttle";
import { env } from "../server/env";

let settings;
try {
  settings = env();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

const db = openDatabase(settings.DATABASE_PATH);
migrateDatabase(db, settings.MIGRATIONS_PATH);
const { rows } = db.select({ rows: count() }).from(supplierSettings).get()!;
const isNew = rows === 0;
// Sign-in and reset attempts older than the throttles' window count for
// nothing; dropping them at each start keeps the table small.
forgetOldAttempts(db);

if (isNew && settings.DEMO_DATA !== "no") {
  await seedDemo(db, settings.TIME_ZONE);
  console.log(`Created a demo database at ${settings.DATABASE_PATH}.`);
}
if (settings.DEMO_DATA !== "no" && (isNew || settings.DEMO_DATA === "yes")) {
  console.log(`Demo accounts (password "${DEMO_PASSWORD}"):`);
  for (const [email, who] of DEMO_ACCOUNTS) {
    console.log(`  ${email.padEnd(20)} ${who}`);
  }
} else if (isNew) {
  console.log(
    "The database is empty. Create the first administrator with:\n" +
      "  npm run create-admin -- --email you@example.com --name 'Your Name' --supplier 'Your Company SRL'",
  );
}
if (!settings.PUBLIC_URL) {
  console.log(
    `PUBLIC_URL is not set: links in mail will point to http://localhost:${settings.PORT}.`,
  );
}
db.$client.close();
