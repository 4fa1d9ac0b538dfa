import type { Locale } from "../../app/i18n";
import { translator } from "../../app/i18n";
import type { Db } from "../../db/client";
import { partiesOf } from "../pdf/parties";
import { renderStatementPdf } from "../pdf/statement";
import type { Period } from "./period";
import { accountStatement, openBalance } from "./statement";

// Letters and digits only, so the name survives every file system.
const namePart = (text: string) =>
  text.replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-+|-+$/g, "");

/** A company's account statement for a valid period, as a PDF. */
export async function statementPdf(
  db: Db,
  companyId: number,
  period: Period,
  locale: Locale,
  today: string,
) {
  const parties = partiesOf(db, companyId);
  const blocks = accountStatement(db, companyId, period);
  const open = openBalance(db, companyId);
  const bytes = await renderStatementPdf({
    ...parties,
    blocks,
    open,
    period,
    today,
    locale,
  });

  const name = translator(locale)("pdf.statementFile");
  const company = namePart(parties.company.name);
  const fileName = `${name}_${company}_${period.from}_${period.to}.pdf`;
  return { bytes, fileName };
}
