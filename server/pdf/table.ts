import { rgb } from "pdf-lib";
import { CONTENT_WIDTH, MARGIN, wrapText, type Flow } from "./layout";

export type Column = {
  header: string;
  /** Points; columns without a width share what is left. */
  width?: number;
  align?: "left" | "right";
};

const SIZE = 8;
const LINE = SIZE * 1.35;
const PAD = 3;
// Rows up to this many lines move to the next page whole; taller ones split.
const KEEP_TOGETHER = 10;
const HEADER_FILL = rgb(0.93, 0.93, 0.93);

/** A table whose header is repeated on every page it runs onto. */
export function drawTable(flow: Flow, columns: Column[], rows: string[][]) {
  const fixed = columns.reduce((sum, column) => sum + (column.width ?? 0), 0);
  const flexible = columns.filter((column) => !column.width).length;
  const widths = columns.map(
    (column) => column.width ?? (CONTENT_WIDTH - fixed) / flexible,
  );
  const header = () =>
    drawRow(
      flow,
      columns,
      widths,
      columns.map((column) => column.header),
      true,
    );

  flow.need(4 * LINE + 4 * PAD);
  header();
  flow.onNewPage = header;
  for (const row of rows) drawRow(flow, columns, widths, row, false);
  flow.onNewPage = null;
}

function drawRow(
  flow: Flow,
  columns: Column[],
  widths: number[],
  cells: string[],
  bold: boolean,
) {
  const font = bold ? flow.fonts.bold : flow.fonts.regular;
  const lines = cells.map((cell, i) =>
    wrapText(cell, font, SIZE, widths[i] - 2 * PAD),
  );
  const count = Math.max(...lines.map((cellLines) => cellLines.length));
  const height = count * LINE + 2 * PAD;

  flow.need(Math.min(count, KEEP_TOGETHER) * LINE + 2 * PAD);
  if (bold) {
    flow.page.drawRectangle({
      x: MARGIN,
      y: flow.y - height,
      width: CONTENT_WIDTH,
      height,
      color: HEADER_FILL,
    });
  }

  flow.gap(PAD);
  for (let k = 0; k < count; k++) {
    flow.need(LINE + PAD);
    let x = MARGIN;
    columns.forEach((column, i) => {
      const text = lines[i][k];
      const right = column.align === "right";
      if (text) {
        flow.text(text, right ? x + widths[i] - PAD : x + PAD, flow.y, {
          size: SIZE,
          bold,
          align: column.align,
        });
      }
      x += widths[i];
    });
    flow.gap(LINE);
  }
  flow.gap(PAD);
  flow.rule();
}

export type Total = { label: string; value: string; bold?: boolean };

/** Label and amount pairs, right-aligned against the content's edge. */
export function drawTotals(flow: Flow, totals: Total[], size = 9) {
  const right = MARGIN + CONTENT_WIDTH - PAD;
  const line = size * 1.6;
  const widest = Math.max(
    ...totals.map((total) =>
      flow.font(total).widthOfTextAtSize(total.value, size),
    ),
  );
  const labelRight = right - Math.max(widest + 16, 120);

  flow.need(totals.length * line);
  for (const total of totals) {
    const style = { size, bold: total.bold, align: "right" as const };
    flow.text(total.label, labelRight, flow.y, { ...style, muted: true });
    flow.text(total.value, right, flow.y, style);
    flow.gap(line);
  }
}
