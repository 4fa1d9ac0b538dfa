import type { Locale, Translate } from "../../app/i18n";
import {
  formatDate,
  formatMoney,
  formatNumber,
  formatQuantity,
  formatRate,
} from "../../app/lib/format";
import type { InvoiceDetail } from "../invoices/queries";
import { toLei } from "../money";
import { sectionHeading } from "./document";
import type { Flow } from "./layout";
import { drawTable, drawTotals, type Total } from "./table";

export type Context = {
  flow: Flow;
  t: Translate;
  locale: Locale;
  invoice: InvoiceDetail;
};

const AMOUNT = 70;

export function drawLines({ flow, t, locale, invoice }: Context) {
  const money = (minor: number) => formatMoney(minor, invoice.currency, locale);
  drawTable(
    flow,
    [
      { header: t("pdf.position"), width: 22, align: "right" },
      { header: t("pdf.description") },
      { header: t("pdf.quantity"), width: 54, align: "right" },
      { header: t("pdf.unitPrice"), width: AMOUNT, align: "right" },
      { header: t("pdf.vatRate"), width: 36, align: "right" },
      { header: t("pdf.net"), width: AMOUNT, align: "right" },
      { header: t("pdf.vat"), width: 64, align: "right" },
      { header: t("pdf.total"), width: AMOUNT, align: "right" },
    ],
    invoice.lines.map((line) => [
      String(line.position),
      line.description,
      `${formatQuantity(line.quantityMilli, locale)} ${line.unit}`,
      money(line.unitPrice),
      formatRate(line.vatRateBp, locale),
      money(line.net),
      money(line.vat),
      money(line.total),
    ]),
  );
}

// Totals are printed as stored, so the PDF matches the list, the page and
// the amount sent to the gateway to the minor unit.
export function drawTotalsBlock({ flow, t, locale, invoice }: Context) {
  const money = (minor: number) => formatMoney(minor, invoice.currency, locale);
  const totals: Total[] = [
    { label: t("pdf.subtotal"), value: money(invoice.subtotal) },
    { label: t("pdf.vat"), value: money(invoice.vatTotal) },
    { label: t("pdf.grandTotal"), value: money(invoice.total), bold: true },
  ];
  const rate = invoice.exchangeRateE4;
  if (invoice.currency !== "RON" && rate) {
    const vatInLei = toLei(invoice.vatTotal, rate);
    totals.push(
      { label: t("pdf.vatInLei"), value: formatMoney(vatInLei, "RON", locale) },
      {
        label: t("pdf.exchangeRate"),
        value: t("pdf.exchangeRateValue", {
          currency: invoice.currency,
          rate: formatNumber(rate / 10_000, locale, 4),
        }),
      },
    );
  }
  flow.gap(8);
  drawTotals(flow, totals);
}

export function drawSettlement({ flow, t, locale, invoice }: Context) {
  const money = (minor: number, currency = invoice.currency) =>
    formatMoney(minor, currency, locale);

  if (invoice.payments.length > 0) {
    sectionHeading(flow, t("pdf.payments"));
    drawTable(
      flow,
      [
        { header: t("pdf.paidOn"), width: 80 },
        { header: t("pdf.method"), width: 110 },
        { header: t("pdf.reference") },
        { header: t("pdf.amount"), width: 90, align: "right" },
      ],
      invoice.payments.map((payment) => [
        formatDate(payment.paidOn, locale),
        t(`pdf.method_${payment.method}`),
        payment.reference,
        money(payment.amount, payment.currency),
      ]),
    );
  }

  if (invoice.creditNotes.length > 0) {
    sectionHeading(flow, t("pdf.creditNotes"));
    drawTable(
      flow,
      [
        { header: t("pdf.creditNote"), width: 100 },
        { header: t("pdf.paidOn"), width: 80 },
        { header: t("pdf.reason") },
        { header: t("pdf.amount"), width: 90, align: "right" },
      ],
      invoice.creditNotes.map((note) => [
        note.number,
        formatDate(note.issueDate, locale),
        note.reason,
        money(note.total, note.currency),
      ]),
    );
  }

  const totals: Total[] = [];
  if (invoice.amountPaid) {
    totals.push({
      label: t("pdf.amountPaid"),
      value: money(invoice.amountPaid),
    });
  }
  if (invoice.amountCredited) {
    totals.push({
      label: t("pdf.amountCredited"),
      value: money(invoice.amountCredited),
    });
  }
  totals.push({
    label: t("pdf.amountDue"),
    value: money(invoice.leftToPay),
    bold: true,
  });
  flow.gap(12);
  drawTotals(flow, totals, 10);
}

export function drawNotes({ flow, t, invoice }: Context) {
  if (!invoice.notes.trim()) return;
  sectionHeading(flow, t("pdf.notes"));
  flow.paragraph(invoice.notes);
}
