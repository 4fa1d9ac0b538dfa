// Creates a staff administrator, and the supplier's settings on a database
// that has none, for a portal started without demo data.
//   npm run create-admin -- --email you@example.com --name "Your Name" \
//     [--supplier "Your Company SRL"]
// The password is read from ADMIN_PASSWORD or generated and printed once.
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { migrateDatabase, openDatabase } from "../db/client";
import { staff, supplierSettings } from "../db/schema";
import { hashPassword, PASSWORD_MIN_LENGTH } from "../server/auth/passwords";
import { env } from "../server/env";

const { values } = parseArgs({
  options: {
    email: { type: "string" },
    name: { type: "string" },
    supplier: { type: "string" },
  },
});
const input = z
  .object({
    email: z.email("--email must be an email address"),
    name: z.string().trim().min(1, "--name is required"),
    supplier: z.string().trim().min(1).optional(),
  })
  .safeParse(values);
if (!input.success) {
  for (const issue of input.error.issues) console.error(issue.message);
  process.exit(1);
}

const password =
  process.env.ADMIN_PASSWORD ?? randomBytes(12).toString("base64url");
if (password.length < PASSWORD_MIN_LENGTH) {
  console.error(`ADMIN_PASSWORD needs ${PASSWORD_MIN_LENGTH} characters`);
  process.exit(1);
}

const db = openDatabase(env().DATABASE_PATH);
migrateDatabase(db, env().MIGRATIONS_PATH);
const email = input.data.email.toLowerCase();
if (db.select().from(staff).where(eq(staff.email, email)).get()) {
  console.error(`${email} is already a staff member`);
  process.exit(1);
}
const hasSupplier = Boolean(db.select().from(supplierSettings).get());
if (!hasSupplier && !input.data.supplier) {
  console.error("This database has no supplier yet: add --supplier NAME");
  process.exit(1);
}

const passwordHash = await hashPassword(password);
db.transaction((tx) => {
  if (!hasSupplier) {
    const name = input.data.supplier!;
    tx.insert(supplierSettings).values({ id: 1, name, legalName: name }).run();
  }
  tx.insert(staff)
    .values({ email, name: input.data.name, passwordHash, role: "admin" })
    .run();
});
console.log(`Created administrator ${email}.`);
if (!process.env.ADMIN_PASSWORD) console.log(`Password: ${password}`);
db.$client.close();
