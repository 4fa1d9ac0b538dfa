import { eq } from "drizzle-orm";
import type { Translate } from "../../app/i18n";
import type { Db } from "../../db/client";
import { companies, supplierSettings } from "../../db/schema";
import { CONTENT_WIDTH, MARGIN, wrapText, type Flow } from "./layout";

export type Parties = {
  company: typeof companies.$inferSelect;
  supplier: typeof supplierSettings.$inferSelect;
};

const GUTTER = 20;

/** Who a document is from and to. */
export function partiesOf(db: Db, companyId: number): Parties {
  const company = db
    .select()
    .from(companies)
    .where(eq(companies.id, companyId))
    .get();
  if (!company) throw new Error(`company ${companyId} is missing`);
  const supplier = db.select().from(supplierSettings).get();
  if (!supplier) throw new Error("supplier settings are missing");
  return { company, supplier };
}

/** The supplier and the client side by side, as a document's letterhead. */
export function drawParties(flow: Flow, t: Translate, parties: Parties) {
  const { supplier: s, company: c } = parties;
  const labelled = (key: LabelKey, value: string) =>
    value ? `${t(`pdf.${key}`)}: ${value}` : "";
  const width = (CONTENT_WIDTH - GUTTER) / 2;
  const top = flow.y;

  const supplierBottom = drawParty(flow, MARGIN, top, width, {
    heading: t("pdf.supplier"),
    name: s.name,
    details: [
      s.legalName === s.name ? "" : s.legalName,
      labelled("vatCode", s.vatCode),
      labelled("registrationNo", s.registrationNo),
      s.address,
      labelled("iban", s.iban),
      labelled("bank", s.bank),
      labelled("email", s.email),
      labelled("phone", s.phone),
    ],
  });
  const clientBottom = drawParty(flow, MARGIN + width + GUTTER, top, width, {
    heading: t("pdf.client"),
    name: c.name,
    details: [
      labelled("vatCode", c.vatCode),
      labelled("registrationNo", c.registrationNo),
      c.address,
      [c.city, c.county].filter(Boolean).join(", "),
    ],
  });
  flow.y = Math.min(supplierBottom, clientBottom) - 18;
}

type LabelKey =
  "vatCode" | "registrationNo" | "iban" | "bank" | "email" | "phone";
type Party = { heading: string; name: string; details: string[] };

function drawParty(
  flow: Flow,
  x: number,
  top: number,
  width: number,
  party: Party,
) {
  let y = top;
  const write = (text: string, size: number, bold = false) => {
    const font = bold ? flow.fonts.bold : flow.fonts.regular;
    for (const line of wrapText(text, font, size, width)) {
      flow.text(line, x, y, { size, bold });
      y -= size * 1.4;
    }
  };

  flow.text(party.heading.toUpperCase(), x, y, { size: 7, muted: true });
  y -= 11;
  write(party.name, 11, true);
  for (const detail of party.details) if (detail) write(detail, 9);
  return y;
}
