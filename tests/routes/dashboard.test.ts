import { beforeEach, describe, expect, it } from "vitest";
import * as dashboard from "../../app/routes/clients._index";
import * as statement from "../../app/routes/clients.statement";
import type { Db } from "../../db/client";
import { salesOrders } from "../../db/schema";
import { addDays, todayIn } from "../../server/dates";
import { recordPayment } from "../../server/invoices/write";
import {
  freshDatabase,
  makeCompany,
  makeContact,
  makeInvoice,
  PASSWORD,
} from "../setup/factories";
import { get, respond, signIn } from "../setup/requests";

const today = todayIn("Europe/Bucharest");
let db: Db;

beforeEach(async () => {
  db = freshDatabase();
  const company = makeCompany(db);
  await makeContact(db, {
    email: "me@x.test",
    companyId: company.id,
    permissions: ["invoices", "estimates", "tickets"],
  });
  const late = makeInvoice(db, company.id, {
    number: "F-1",
    issueDate: addDays(today, -40),
    dueDate: addDays(today, -10),
  });
  recordPayment(db, {
    invoiceId: late,
    amount: 1900,
    paidOn: addDays(today, -5),
    method: "bank_transfer",
    source: "staff",
  });
  makeInvoice(db, company.id, {
    number: "E-1",
    currency: "EUR",
    exchangeRateE4: 49_768,
    issueDate: today,
    dueDate: addDays(today, 30),
  });
  db.insert(salesOrders)
    .values([
      {
        companyId: company.id,
        number: "SO-1",
        subject: "Open",
        state: "sent",
        issueDate: today,
        validUntil: today,
      },
      {
        companyId: company.id,
        number: "SO-2",
        subject: "Expired",
        state: "sent",
        issueDate: addDays(today, -20),
        validUntil: addDays(today, -1),
      },
    ])
    .run();
});

const args = (request: Request) => ({ request, params: {}, context: {} });

describe("the dashboard", () => {
  it("shows what is due per currency, what is overdue and what awaits", async () => {
    const { cookie } = await signIn("me@x.test", PASSWORD);
    const { summary } = await dashboard.loader(args(get("/clients", cookie)));

    expect(summary.balance).toEqual([
      { currency: "EUR", amount: 11_900, count: 1 },
      { currency: "RON", amount: 10_000, count: 1 },
    ]);
    expect(summary.overdue).toEqual([
      { currency: "RON", amount: 10_000, count: 1 },
    ]);
    // A sales order valid until today still awaits; yesterday's has expired.
    expect(summary.awaiting).toEqual({ estimates: 1 });
    expect(summary.tickets).toEqual({ open: 0, answered: 0 });
  });
});

describe("the statement page", () => {
  it("answers 400 with a message naming the wrong part of a date", async () => {
    const { cookie } = await signIn("me@x.test", PASSWORD);
    const result = await statement.loader(
      args(get("/clients/statement?from=31.02.2026&to=2026-13-01", cookie)),
    );
    expect(result).toMatchObject({
      init: { status: 400 },
      data: {
        errors: {
          from: expect.stringMatching(/day that exists/),
          to: expect.stringMatching(/month between 1 and 12/),
        },
        typed: { from: "31.02.2026", to: "2026-13-01" },
      },
    });
  });

  it("refuses an end date before the start date", async () => {
    const { cookie } = await signIn("me@x.test", PASSWORD);
    const result = await statement.loader(
      args(get("/clients/statement?from=10.03.2026&to=01.03.2026", cookie)),
    );
    expect(result).toMatchObject({
      init: { status: 400 },
      data: { errors: { to: expect.stringMatching(/after the start/) } },
    });
  });

  it("is out of reach without the Invoices permission", async () => {
    await makeContact(db, {
      email: "help@x.test",
      companyId: 1,
      permissions: ["tickets"],
    });
    const { cookie } = await signIn("help@x.test", PASSWORD);
    const response = await respond(() =>
      statement.loader(args(get("/clients/statement", cookie))),
    );
    expect(response?.status).toBe(404);
  });
});
