import type { MessageKey } from "../i18n";
import { useT } from "../lib/i18n";
import type { CompanyCard as Company } from "../lib/profile.server";

const ROWS: [keyof Company, MessageKey][] = [
  ["name", "profile.companyName"],
  ["vatCode", "profile.vatCode"],
  ["registrationNo", "profile.registrationNo"],
  ["address", "profile.address"],
  ["city", "profile.city"],
  ["county", "profile.county"],
  ["iban", "profile.iban"],
  ["bank", "profile.bank"],
];

/** The company's data as the supplier keeps it: read here, never edited. */
export function CompanyCard({ company }: { company: Company }) {
  const t = useT();
  return (
    <section aria-labelledby="company-heading">
      <h2 id="company-heading">{t("profile.company")}</h2>
      <p className="hint">{t("profile.companyReadOnly")}</p>
      <dl className="summary-list">
        {ROWS.map(([field, label]) => (
          <div key={field}>
            <dt>{t(label)}</dt>
            <dd>{company[field] || t("profile.notGiven")}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
