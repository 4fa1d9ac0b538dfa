import type { Db } from "../../db/client";
import { checkBalances } from "./check-balances";
import { planCompanies } from "./check-companies";
import { planContacts } from "./check-contacts";
import { planCreditNotes } from "./check-credit-notes";
import { planInvoices, readInvoices } from "./check-invoices";
import { checkCurrencies } from "./check-moves";
import { planPayments } from "./check-payments";
import { mentioned } from "./mentioned";
import type { Plan } from "./plan";
import type { Issue, RawInput } from "./types";
import { validateRows } from "./validate";

/**
 * Checks the whole input against itself and the stored data. Either every
 * issue is returned, or a plan that can be written without another check.
 */
export function checkInput(
  db: Db,
  input: RawInput,
): { issues: Issue[] } | { plan: Plan } {
  const { valid, issues } = validateRows(input);
  const inFile = mentioned(input);

  const companies = planCompanies(db, valid, inFile, issues);
  const { resolve } = companies;
  const { people, contacts } = planContacts(db, valid, resolve, issues);

  const stored = readInvoices(db, valid);
  const invoices = planInvoices(valid, stored, resolve, inFile, issues);
  checkCurrencies(db, invoices, stored, issues);
  const documents = { planned: invoices, stored };
  const creditNotes = planCreditNotes(
    db,
    valid,
    documents,
    resolve,
    inFile,
    issues,
  );
  const payments = planPayments(db, valid, documents, inFile, issues);
  checkBalances(db, { invoices, creditNotes, payments }, stored, issues);

  if (issues.length > 0) return { issues };
  return {
    plan: {
      companies: companies.planned,
      people,
      contacts,
      invoices: [...invoices.values()],
      creditNotes,
      payments,
      invoiceIds: new Map([...stored].map(([number, row]) => [number, row.id])),
    },
  };
}
