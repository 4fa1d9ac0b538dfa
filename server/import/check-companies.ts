import type { Db } from "../../db/client";
import { vatKey } from "./checksums";
import type { Mentioned } from "./mentioned";
import type { CompanyTarget, PlannedCompany } from "./plan";
import { readStored, type StoredCompany } from "./stored-companies";
import type { Issue, RawRow } from "./types";
import { issueAt, type ValidInput } from "./validate";

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
  const released = releasedVats(rows, stored.byRef);
  for (const row of rows) {
    const { ref, vatCode } = row.value;
    const vat = vatCode ? vatKey(vatCode) : null;
    if (!ref && !vat) {
      problem(row.raw, "ref", "is required when there is no VAT code");
      continue;
    }
    const sameRef = ref ? fileRefs.get(ref) : undefined;
    const sameVat = vat ? fileVats.get(vat) : undefined;
    if (sameRef !== undefined || (!ref && sameVat !== undefined)) {
      const first = planned[(sameRef ?? sameVat)!].valid.raw.at.row;
      const field = ref ? "ref" : "vatCode";
      problem(row.raw, field, `repeats the company on ${first}`);
      continue;
    }
    if (sameVat !== undefined) {
      const { raw, value } = planned[sameVat].valid;
      const other = `${describe(value.name, value.ref)} on ${raw.at.row}`;
      problem(row.raw, "vatCode", `is also the VAT code of ${other}`);
      continue;
    }

    // A company staff created by hand has no ref yet: the import adopts it.
    const byRef = ref ? stored.byRef.get(ref) : undefined;
    const withVat = vat ? (stored.byVat.get(vat) ?? []) : [];
    const byVat = withVat.filter(
      (company) => !ref || company.externalRef === null,
    );
    if (!byRef && byVat.length > 1) {
      problem(row.raw, "vatCode", "matches several companies in the portal");
      continue;
    }
    const id = byRef?.id ?? byVat[0]?.id ?? null;
    const owner = withVat.find((c) => c.id !== id && !released.has(c.id));
    if (owner) {
      const other = describe(owner.name, owner.externalRef);
      const message = `is already the VAT code of ${other} in the portal`;
      problem(row.raw, "vatCode", message);
      continue;
    }
    planned.push({ valid: row, id });
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

const describe = (name: string, ref: string | null | undefined) =>
  ref ? `${name} (ref ${ref})` : name;

/** Stored companies whose VAT code the file changes: it is theirs no more. */
function releasedVats(
  rows: ValidInput["companies"],
  byRef: Map<string, StoredCompany>,
) {
  const ids = rows.flatMap(({ value: { ref, vatCode } }) => {
    const company = ref ? byRef.get(ref) : undefined;
    const changes =
      company !== undefined &&
      vatCode !== undefined &&
      vatKey(vatCode) !== vatKey(company.vatCode);
    return changes ? [company.id] : [];
  });
  return new Set(ids);
}
