// Measures the invoice list on a large database: how long each kind of page
// takes, and whether SQLite answers it from an index.
//   npm run bench -- [--invoices 1000000] [--companies 1000]
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { migrateDatabase, openDatabase } from "../db/client";
import {
  listInvoices,
  type InvoiceListQuery,
} from "../server/invoices/queries";
import { dashboardSummary } from "../server/dashboard/summary";
import { accountStatement } from "../server/statement/statement";
import { addDays } from "../server/dates";

const { values } = parseArgs({
  options: {
    invoices: { type: "string", default: "1000000" },
    companies: { type: "string", default: "1000" },
    runs: { type: "string", default: "20" },
  },
});
const total = Number(values.invoices);
const companyCount = Number(values.companies);
const runs = Number(values.runs);
const TODAY = "2026-06-30";

const dir = mkdtempSync(join(tmpdir(), "portal-bench-"));
const db = openDatabase(join(dir, "bench.sqlite"));
migrateDatabase(db, "drizzle");

function fill() {
  const sqlite = db.$client;
  const company = sqlite.prepare(
    "insert into companies (name, created_at, updated_at) values (?, 0, 0)",
  );
  const invoice = sqlite.prepare(
    `insert into invoices (company_id, number, state, issue_date, due_date,
       currency, subtotal, vat_total, total, amount_paid, amount_due,
       created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0)`,
  );
  sqlite.transaction(() => {
    for (let c = 1; c <= companyCount; c += 1) company.run(`Client ${c} SRL`);
    for (let i = 0; i < total; i += 1) {
      // Company 1 is the largest client, with a tenth of all invoices.
      const companyId = i % 10 === 0 ? 1 : 2 + (i % (companyCount - 1));
      const issue = addDays("2020-01-01", Math.floor((i / total) * 2370));
      const net = 1000 + ((i * 7919) % 500_000);
      const vat = Math.round(net * 0.19);
      const paid =
        i % 7 === 0 ? 0 : i % 11 === 0 ? Math.floor(net / 2) : net + vat;
      invoice.run(
        companyId,
        `F-${String(i).padStart(8, "0")}`,
        i % 97 === 0 ? "cancelled" : i % 89 === 0 ? "draft" : "issued",
        issue,
        addDays(issue, 30),
        i % 5 === 0 ? "EUR" : "RON",
        net,
        vat,
        net + vat,
        paid,
        net + vat - paid,
      );
    }
  })();
  sqlite.exec("analyze");
}

function median(run: () => void) {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = process.hrtime.bigint();
    run();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const started = Date.now();
fill();
console.log(
  `Filled ${total} invoices for ${companyCount} companies in ${Date.now() - started} ms`,
);

const big = 1;
const small = 2;
const base: InvoiceListQuery = {
  status: null,
  sort: "date",
  direction: "desc",
  page: 1,
  perPage: 25,
  today: TODAY,
};
const bigCount = total / 10;
const cases: [string, () => unknown][] = [
  ["list, first page (large client)", () => listInvoices(db, big, base)],
  [
    "list, page 100 (large client)",
    () => listInvoices(db, big, { ...base, page: 100 }),
  ],
  [
    "list, last page (large client)",
    () => listInvoices(db, big, { ...base, page: Math.ceil(bigCount / 25) }),
  ],
  [
    "list, overdue filter (large client)",
    () => listInvoices(db, big, { ...base, status: "overdue" }),
  ],
  [
    "list, paid, by amount (large client)",
    () => listInvoices(db, big, { ...base, status: "paid", sort: "amount" }),
  ],
  ["list, first page (typical client)", () => listInvoices(db, small, base)],
  [
    "list, unpaid by due date (typical client)",
    () =>
      listInvoices(db, small, {
        ...base,
        status: "unpaid",
        sort: "due",
        direction: "asc",
      }),
  ],
  [
    "dashboard (large client)",
    () => dashboardSummary(db, big, ["invoices", "tickets"], TODAY),
  ],
  [
    "statement, one year (typical client)",
    () => accountStatement(db, small, { from: "2025-07-01", to: TODAY }),
  ],
];

console.log(`\nmedian of ${runs} runs, ms`);
for (const [name, run] of cases) {
  console.log(`${median(run).toFixed(2).padStart(9)}  ${name}`);
}

const plan = db.$client
  .prepare(
    `explain query plan select id from invoices
     where company_id = ? and state <> 'draft'
     order by issue_date desc, id desc limit 25`,
  )
  .all(big) as { detail: string }[];
console.log(
  `\nplan of the default page: ${plan.map((p) => p.detail).join("; ")}`,
);

db.$client.close();
rmSync(dir, { recursive: true, force: true });
