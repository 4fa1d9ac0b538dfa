import { and, count, eq, gt, gte, isNull, lt, sum } from "drizzle-orm";
import type { Db } from "../../db/client";
import {
  contracts,
  contractSignatures,
  invoices,
  proposals,
  salesOrders,
  tickets,
} from "../../db/schema";
import type { Permission } from "../access/permissions";

type Money = { currency: string; amount: number; count: number };

function openInvoices(db: Db, companyId: number, overdueBefore?: string) {
  return db
    .select({
      currency: invoices.currency,
      amount: sum(invoices.amountDue).mapWith(Number),
      count: count(),
    })
    .from(invoices)
    .where(
      and(
        eq(invoices.companyId, companyId),
        eq(invoices.state, "issued"),
        gt(invoices.amountDue, 0),
        overdueBefore ? lt(invoices.dueDate, overdueBefore) : undefined,
      ),
    )
    .groupBy(invoices.currency)
    .orderBy(invoices.currency)
    .all() as Money[];
}

/** What matters now, for the sections this contact may see. */
export function dashboardSummary(
  db: Db,
  companyId: number,
  permissions: Permission[],
  today: string,
) {
  const summary: {
    balance?: Money[];
    overdue?: Money[];
    tickets?: { open: number; answered: number };
    awaiting: { estimates?: number; proposals?: number; contracts?: number };
  } = { awaiting: {} };

  if (permissions.includes("invoices")) {
    summary.balance = openInvoices(db, companyId);
    summary.overdue = openInvoices(db, companyId, today);
  }
  if (permissions.includes("estimates")) {
    summary.awaiting.estimates = db
      .select({ n: count() })
      .from(salesOrders)
      .where(
        and(
          eq(salesOrders.companyId, companyId),
          eq(salesOrders.state, "sent"),
          gte(salesOrders.validUntil, today),
        ),
      )
      .get()!.n;
  }
  if (permissions.includes("proposals")) {
    summary.awaiting.proposals = db
      .select({ n: count() })
      .from(proposals)
      .where(
        and(
          eq(proposals.companyId, companyId),
          eq(proposals.state, "open"),
          gte(proposals.validUntil, today),
        ),
      )
      .get()!.n;
  }
  if (permissions.includes("contracts")) {
    summary.awaiting.contracts = db
      .select({ n: count() })
      .from(contracts)
      .leftJoin(
        contractSignatures,
        eq(contractSignatures.contractId, contracts.id),
      )
      .where(
        and(
          eq(contracts.companyId, companyId),
          eq(contracts.state, "active"),
          eq(contracts.requiresSignature, true),
          isNull(contractSignatures.id),
        ),
      )
      .get()!.n;
  }
  if (permissions.includes("tickets")) {
    const rows = db
      .select({ state: tickets.state, count: count() })
      .from(tickets)
      .where(eq(tickets.companyId, companyId))
      .groupBy(tickets.state)
      .all();
    const of = (state: string) =>
      rows.find((r) => r.state === state)?.count ?? 0;
    summary.tickets = { open: of("open"), answered: of("answered") };
  }
  return summary;
}
