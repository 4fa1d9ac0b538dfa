import { z } from "zod";
import { INVOICE_STATES, LOCALES, PAYMENT_METHODS } from "../../db/schema";
import { defaulted, optional, required } from "./cells";
import * as f from "./fields";
import { foldKey } from "./keys";
import type { Decimal, Kind } from "./types";

const key = (value: string) => foldKey(f.text(100)(value));
const number = (value: string) => foldKey(f.text(50)(value));

const companyLink = {
  companyRef: defaulted(key, null),
  companyVat: defaulted(f.vatCode, null),
};

function lines(decimal: Decimal) {
  const check = defaulted(f.amount(decimal), null);
  return z.object({
    description: required(f.text(500)),
    quantity: defaulted(f.quantity(decimal), 1000),
    unit: defaulted(f.text(20), "buc"),
    unitPrice: required(f.amount(decimal)),
    vatRate: required(f.vatRate(decimal)),
    net: check,
    vat: check,
    total: check,
  });
}

function totals(decimal: Decimal) {
  const check = defaulted(f.amount(decimal), null);
  return { subtotal: check, vatTotal: check, total: check };
}

const invoice = (decimal: Decimal) =>
  z
    .object({
      number: required(number),
      ...companyLink,
      state: defaulted(f.oneOf(INVOICE_STATES), "issued"),
      issueDate: required(f.date),
      dueDate: required(f.date),
      currency: defaulted(f.currency, "RON"),
      exchangeRate: defaulted(f.exchangeRate(decimal), null),
      notes: defaulted(f.text(2000), ""),
      ...totals(decimal),
    })
    .superRefine((row, ctx) => {
      const issue = (path: string, message: string) =>
        ctx.addIssue({ code: "custom", path: [path], message });
      if (row.dueDate < row.issueDate) {
        issue("dueDate", "is before the issue date");
      }
      const [rate, ron] = [row.exchangeRate, row.currency === "RON"];
      if (!ron && rate === null) {
        issue("exchangeRate", `is required for an invoice in ${row.currency}`);
      }
      if (ron && rate !== null && rate !== 10_000) {
        issue("exchangeRate", "must be empty for an invoice in RON");
      }
    });

export function schemas(decimal: Decimal) {
  const flag = (fallback: boolean) => optional(f.yesNo, fallback);
  return {
    companies: z.object({
      ref: optional(key, null),
      name: required(f.text(200)),
      vatCode: optional(f.vatCode, ""),
      registrationNo: optional(f.text(50), ""),
      address: optional(f.text(300), ""),
      city: optional(f.text(100), ""),
      county: optional(f.text(100), ""),
      country: optional(f.country, "RO"),
      iban: optional(f.iban, ""),
      bank: optional(f.text(100), ""),
      email: optional(f.email, ""),
      phone: optional(f.text(50), ""),
      active: flag(true),
    }),
    contacts: z
      .object({
        email: required(f.email),
        ...companyLink,
        firstName: required(f.text(100)),
        lastName: optional(f.text(100), ""),
        phone: optional(f.text(50), ""),
        title: optional(f.text(100), ""),
        isPrimary: flag(false),
        portalAccess: flag(false),
        active: flag(true),
        locale: optional(f.oneOf(LOCALES), "ro"),
        permInvoices: flag(false),
        permEstimates: flag(false),
        permProposals: flag(false),
        permContracts: flag(false),
        permProjects: flag(false),
        permTickets: flag(false),
        password: optional(f.password, null),
        resetPassword: flag(false),
      })
      .superRefine((row, ctx) => {
        if (row.resetPassword && !row.password) {
          const message = "needs a password on the same row";
          ctx.addIssue({ code: "custom", path: ["resetPassword"], message });
        }
      }),
    invoices: invoice(decimal),
    invoiceLines: lines(decimal).extend({
      invoiceNumber: required(number),
    }),
    payments: z.object({
      ref: defaulted(key, null),
      invoiceNumber: required(number),
      paidOn: required(f.date),
      amount: required(f.amount(decimal, "positive")),
      currency: defaulted(f.currency, null),
      method: defaulted(f.oneOf(PAYMENT_METHODS), "bank_transfer"),
      reference: defaulted(f.text(200), ""),
    }),
    creditNotes: z.object({
      number: required(number),
      invoiceNumber: defaulted(number, null),
      ...companyLink,
      state: defaulted(f.oneOf(INVOICE_STATES), "issued"),
      issueDate: required(f.date),
      currency: defaulted(f.currency, null),
      reason: defaulted(f.text(500), ""),
      ...totals(decimal),
    }),
    creditNoteLines: lines(decimal).extend({
      creditNoteNumber: required(number),
    }),
  } satisfies Record<Kind, z.ZodType>;
}

type Schemas = ReturnType<typeof schemas>;
export type Row<K extends Kind> = z.output<Schemas[K]>;
