import { inArray, type Column } from "drizzle-orm";
import type { Db } from "../../db/client";
import { companies } from "../../db/schema";
import { vatKey } from "./checksums";
import { foldKey, spellings } from "./keys";
import type { Mentioned } from "./mentioned";
import { chunked, type CompanyTarget } from "./plan";
import type { PlannedCompany } from "./plan";
import type { Issue, RawRow } from "./types";
import { issueAt, type ValidInput } from "./validate";

type Stored = { id: number; externalRef: string | null; vatCode: string };
type Link = { companyRef?: string | null; companyVat?: string | null };

export function planCompanies(
  db: Db,
  valid: ValidInput,
  inFile: Mentioned,
  issues: Issue[],
) {
  const rows = valid.companies;
  const links: Link[] = [
    ...valid.contacts.map((row) => row.value),
    ...valid.invoices.map((row) => row.value),
    ...valid.creditNotes.map((row) => row.value),
  ];
  const stored = readStored(
    db,
    [...rows.map((row) => row.value.ref), ...links.map((l) => l.companyRef)],
    [
      ...rows.map((row) => row.value.vatCode),
      ...links.map((l) => l.companyVat),
    ],
  );
  const problem = (raw: RawRow, field: string, message: string) => {
    issues.push(issueAt(raw, field, message));
  };

  const planned: PlannedCompany[] = [];
  const fileRefs = new Map<string, number>();
  const fileVats = new Map<string, number>();
  for (const row of rows) {
    const { ref, vatCode } = row.value;
    const vat = vatCode ? vatKey(vatCode) : null;
    if (!ref && !vat) {
      problem(row.raw, "ref", "is required when there is no VAT code");
      continue;
    }
    const seen =
      (ref ? fileRefs.get(ref) : undefined) ??
      (vat ? fileVats.get(vat) : undefined);
    if (seen !== undefined) {
      const first = planned[seen].valid.raw.at.row;
      problem(
        row.raw,
        ref ? "ref" : "vatCode",
        `repeats the company on ${first}`,
      );
      continue;
    }

    // A company staff created by hand has no ref yet: the import adopts it.
    const byRef = ref ? stored.byRef.get(ref) : undefined;
    const byVat = (vat ? (stored.byVat.get(vat) ?? []) : []).filter(
      (company) => !ref || company.externalRef === null,
    );
    if (!byRef && byVat.length > 1) {
      problem(row.raw, "vatCode", "matches several companies in the portal");
      continue;
    }
    planned.push({ valid: row, id: byRef?.id ?? byVat[0]?.id ?? null });
    if (ref) fileRefs.set(ref, planned.length - 1);
    if (vat) fileVats.set(vat, planned.length - 1);
  }

  // A file row that updates a stored company is known by its id, so two
  // rows naming it differently still name the same company.
  const target = (index: number): CompanyTarget => {
    const id = planned[index].id;
    return id === null ? { index } : { id };
  };

  function findByRef(raw: RawRow, ref: string): CompanyTarget | undefined {
    const index = fileRefs.get(ref);
    if (index !== undefined) return target(index);
    const company = stored.byRef.get(ref);
    if (company) return { id: company.id };
    if (inFile.companies.has(`ref:${ref}`)) return undefined;
    problem(raw, "companyRef", `no company has the ref "${ref}"`);
  }

  function findByVat(raw: RawRow, code: string): CompanyTarget | undefined {
    const index = fileVats.get(vatKey(code));
    if (index !== undefined) return target(index);
    const found = stored.byVat.get(vatKey(code)) ?? [];
    if (found.length === 1) return { id: found[0].id };
    if (inFile.companies.has(`vat:${vatKey(code)}`)) return undefined;
    const message = found.length
      ? "matches several companies in the portal; give the company's ref"
      : `no company has the VAT code ${code}`;
    problem(raw, "companyVat", message);
  }

  /** The company a contact, invoice or credit note names, or an issue. */
  function resolve(raw: RawRow, link: Link) {
    const { companyRef: ref, companyVat: vat } = link;
    if (!ref && !vat) {
      problem(raw, "companyRef", "is required (or the company's VAT code)");
      return undefined;
    }
    const found = ref ? findByRef(raw, ref) : findByVat(raw, vat!);
    if (!found || !ref || !vat) return found;

    const index = fileRefs.get(ref);
    const known =
      index !== undefined
        ? planned[index].valid.value.vatCode
        : stored.byRef.get(ref)?.vatCode;
    if (known && vatKey(known) !== vatKey(vat)) {
      problem(raw, "companyVat", `is not the VAT code of company "${ref}"`);
      return undefined;
    }
    return found;
  }

  return { planned, resolve };
}

function readStored(db: Db, refs: unknown[], vats: unknown[]) {
  const columns = {
    id: companies.id,
    externalRef: companies.externalRef,
    vatCode: companies.vatCode,
  };
  const read = (column: Column, values: string[]) =>
    chunked(values, (chunk) =>
      db.select(columns).from(companies).where(inArray(column, chunk)).all(),
    );
  const vatSpellings = vats.filter(isText).flatMap((code) => {
    const key = vatKey(code);
    return /^\d/.test(key) ? [key, `RO${key}`] : [key];
  });

  const byRef = new Map<string, Stored>();
  const refSpellings = refs.filter(isText).flatMap((ref) => spellings(ref));
  for (const company of read(companies.externalRef, refSpellings)) {
    byRef.set(foldKey(company.externalRef!), company);
  }
  const byVat = new Map<string, Stored[]>();
  for (const company of read(companies.vatCode, vatSpellings)) {
    const key = vatKey(company.vatCode);
    byVat.set(key, [...(byVat.get(key) ?? []), company]);
  }
  return { byRef, byVat };
}

function isText(value: unknown): value is string {
  return typeof value === "string" && value !== "";
}
