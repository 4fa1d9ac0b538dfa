import { translator, type Locale, type Translate } from "../../app/i18n";
import { formatDate, formatMoney } from "../../app/lib/format";
import type { Period } from "../statement/period";
import type { StatementBlock } from "../statement/statement";
import { drawFacts, openDocument, sectionHeading, type Fact } from "./document";
import { MARGIN, drawFooters, type Flow } from "./layout";
import { drawParties, type Parties } from "./parties";
import { drawTable, drawTotals, type Column } from "./table";

export type StatementPdfInput = Parties & {
  blocks: StatementBlock[];
  open: { currency: string; amount: number }[];
  period: Period;
  today: string;
  locale: Locale;
};

type Context = { flow: Flow; t: Translate; locale: Locale; period: Period };

const AMOUNT = 84;

/** A period's account statement as an A4 PDF, in the reader's language. */
export async function renderStatementPdf(
  input: StatementPdfInput,
): Promise<Uint8Array> {
  const { supplier, company, locale, period } = input;
  const t = translator(locale);
  const title = t("pdf.statementTitle");
  const span = t("pdf.periodValue", {
    from: formatDate(period.from, locale),
    to: formatDate(period.to, locale),
  });

  const flow = await openDocument({
    title: `${title} ${span}`,
    subject: `${title} – ${company.name}`,
    author: supplier.name,
    locale,
  });
  const context: Context = { flow, t, locale, period };
  drawParties(flow, t, input);
  drawHeading(context, input, span);
  if (input.blocks.length === 0) flow.paragraph(t("pdf.noEntries"));
  for (const block of input.blocks) drawBlock(context, block);
  drawFooters(flow, `${title} ${span}`, (page, pages) =>
    t("pdf.pageOf", { page, pages }),
  );

  return flow.doc.save();
}

function drawHeading(
  { flow, t, locale }: Context,
  { open, today }: StatementPdfInput,
  span: string,
) {
  flow.text(t("pdf.statementTitle"), MARGIN, flow.y, { size: 16, bold: true });
  flow.gap(26);

  const label = t("pdf.openBalance", { date: formatDate(today, locale) });
  const owed: Fact[] = open.some((row) => row.amount !== 0)
    ? open.map((row, index) => [
        index === 0 ? label : "",
        formatMoney(row.amount, row.currency, locale),
        true,
      ])
    : [[label, t("pdf.nothingOpen"), true]];
  drawFacts(flow, [
    [t("pdf.period"), span],
    [t("pdf.producedOn"), formatDate(today, locale)],
    ...owed,
  ]);
  flow.gap(6);
}

// Amounts are printed exactly as the statement computed them: one currency
// per block, never converted or added to another.
function drawBlock(context: Context, block: StatementBlock) {
  const { flow, t, locale, period } = context;
  const money = (minor: number) => formatMoney(minor, block.currency, locale);
  const date = (iso: string) => formatDate(iso, locale);

  sectionHeading(flow, t("pdf.block", { currency: block.currency }));
  drawTotals(flow, [
    {
      label: t("pdf.opening", { date: date(period.from) }),
      value: money(block.opening),
      bold: true,
    },
  ]);
  flow.gap(4);

  if (block.entries.length === 0) flow.paragraph(t("pdf.noEntries"));
  else {
    drawTable(
      flow,
      columns(t),
      block.entries.map((entry) => [
        date(entry.date),
        t(`pdf.kind_${entry.kind}`),
        entry.reference,
        entry.debit ? money(entry.debit) : "",
        entry.credit ? money(entry.credit) : "",
        money(entry.balance),
      ]),
    );
  }

  flow.gap(8);
  drawTotals(flow, [
    { label: t("pdf.periodInvoiced"), value: money(block.debits) },
    { label: t("pdf.periodCredited"), value: money(block.credits) },
    {
      label: t("pdf.closing", { date: date(period.to) }),
      value: money(block.closing),
      bold: true,
    },
  ]);
}

const columns = (t: Translate): Column[] => [
  { header: t("pdf.date"), width: 60 },
  { header: t("pdf.document"), width: 62 },
  { header: t("pdf.reference") },
  { header: t("pdf.invoiced"), width: AMOUNT, align: "right" },
  { header: t("pdf.credited"), width: AMOUNT, align: "right" },
  { header: t("pdf.balance"), width: AMOUNT, align: "right" },
];
