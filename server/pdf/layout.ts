import {
  PageSizes,
  rgb,
  type PDFDocument,
  type PDFFont,
  type PDFPage,
} from "pdf-lib";
import type { Fonts } from "./fonts";

export const MARGIN = 40;
const FOOTER_HEIGHT = 28;
export const [PAGE_WIDTH, PAGE_HEIGHT] = PageSizes.A4;
export const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
const TEXT = rgb(0.1, 0.1, 0.1);
const MUTED = rgb(0.4, 0.4, 0.4);
const RULE = rgb(0.75, 0.75, 0.75);

export type TextStyle = {
  size?: number;
  bold?: boolean;
  muted?: boolean;
  align?: "left" | "right";
};

// Tabs and other control characters have no glyph in the font; a stray one
// would print as a box.
const clean = (text: string) =>
  Array.from(text.replace(/\r\n?/g, "\n"), (char) =>
    char === "\n" || char >= " " ? char : " ",
  ).join("");

/** Breaks text into lines no wider than `width`, splitting long words. */
export function wrapText(
  text: string,
  font: PDFFont,
  size: number,
  width: number,
) {
  const fits = (line: string) => font.widthOfTextAtSize(line, size) <= width;
  const lines: string[] = [];

  for (const paragraph of clean(text).split("\n")) {
    let line = "";
    // A no-break space is a last resort break, so "1.234,56 lei" stays whole
    // unless the column is narrower than the amount.
    for (const word of paragraph.split(/(?<=[ \u00a0])/)) {
      if (fits((line + word).trimEnd())) {
        line += word;
        continue;
      }
      if (line.trim()) lines.push(line.trimEnd());
      line = word;
      while (!fits(line.trimEnd()) && Array.from(line).length > 1) {
        const chars = Array.from(line);
        let cut = chars.length - 1;
        while (cut > 1 && !fits(chars.slice(0, cut).join(""))) cut--;
        lines.push(chars.slice(0, cut).join(""));
        line = chars.slice(cut).join("");
      }
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

/** A cursor running down A4 pages, adding a page when the next part won't fit. */
export class Flow {
  page: PDFPage;
  y = 0;
  onNewPage: (() => void) | null = null;

  constructor(
    readonly doc: PDFDocument,
    readonly fonts: Fonts,
  ) {
    this.page = this.addPage();
  }

  private addPage(): PDFPage {
    this.page = this.doc.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    this.y = PAGE_HEIGHT - MARGIN;
    return this.page;
  }

  get bottom() {
    return MARGIN + FOOTER_HEIGHT;
  }

  /** Starts a new page unless `height` more points fit on this one. */
  need(height: number) {
    if (this.y - height >= this.bottom) return;
    this.addPage();
    this.onNewPage?.();
  }

  font(style: TextStyle) {
    return style.bold ? this.fonts.bold : this.fonts.regular;
  }

  /** Draws one line with its top at `top`; `x` is its right edge if right-aligned. */
  text(value: string, x: number, top: number, style: TextStyle = {}) {
    const size = style.size ?? 9;
    const font = this.font(style);
    const left =
      style.align === "right" ? x - font.widthOfTextAtSize(value, size) : x;
    this.page.drawText(value, {
      x: left,
      y: top - size,
      size,
      font,
      color: style.muted ? MUTED : TEXT,
    });
  }

  /** Wrapped text across the content width, breaking pages between lines. */
  paragraph(value: string, style: TextStyle = {}) {
    const size = style.size ?? 9;
    const font = this.font(style);
    for (const line of wrapText(value, font, size, CONTENT_WIDTH)) {
      this.need(size * 1.4);
      this.text(line, MARGIN, this.y, style);
      this.gap(size * 1.4);
    }
  }

  rule(x = MARGIN, width = CONTENT_WIDTH) {
    this.page.drawLine({
      start: { x, y: this.y },
      end: { x: x + width, y: this.y },
      thickness: 0.5,
      color: RULE,
    });
  }

  gap(height: number) {
    this.y -= height;
  }
}

/** "Page X of Y" on every page, once the number of pages is known. */
export function drawFooters(flow: Flow, left: string, pageOf: PageOf) {
  const pages = flow.doc.getPages();
  const top = MARGIN + 10;
  pages.forEach((page, index) => {
    flow.page = page;
    flow.text(left, MARGIN, top, { size: 8, muted: true });
    const label = pageOf(index + 1, pages.length);
    flow.text(label, PAGE_WIDTH - MARGIN, top, {
      size: 8,
      muted: true,
      align: "right",
    });
  });
}

export type PageOf = (page: number, pages: number) => string;
