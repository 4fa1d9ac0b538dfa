import { z } from "zod";
import { AppError } from "../errors";
import { getDb } from "../db";
import { getInvoice, INVOICE_SORTS, listInvoices } from "../invoices/queries";
import { INVOICE_STATUSES } from "../invoices/status";
import { PER_PAGE } from "../paging";
import { contactProcedure, router } from "./init";

const listRow = z.object({
  id: z.number(),
  number: z.string(),
  issueDate: z.string(),
  dueDate: z.string(),
  currency: z.string(),
  total: z.number(),
  leftToPay: z.number(),
  status: z.enum(INVOICE_STATUSES),
});

export const invoicesRouter = router({
  list: contactProcedure("invoices")
    .input(
      z.object({
        status: z.enum(INVOICE_STATUSES).nullable().default(null),
        sort: z.enum(INVOICE_SORTS).default("date"),
        direction: z.enum(["asc", "desc"]).default("desc"),
        page: z.number().int().min(1).max(1_000_000).default(1),
      }),
    )
    .output(z.object({ total: z.number(), rows: z.array(listRow) }))
    .query(({ ctx, input }) =>
      listInvoices(getDb(), ctx.viewer.company.id, {
        ...input,
        perPage: PER_PAGE,
        today: ctx.today,
      }),
    ),

  byId: contactProcedure("invoices")
    .input(z.object({ id: z.number().int().positive() }))
    .output(
      listRow.extend({
        subtotal: z.number(),
        vatTotal: z.number(),
        amountPaid: z.number(),
        amountCredited: z.number(),
      }),
    )
    .query(({ ctx, input }) => {
      const invoice = getInvoice(
        getDb(),
        ctx.viewer.company.id,
        input.id,
        ctx.today,
      );
      if (!invoice) throw new AppError("NOT_FOUND");
      return invoice;
    }),
});
