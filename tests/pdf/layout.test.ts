import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { embedFonts } from "../../server/pdf/fonts";
import { wrapText } from "../../server/pdf/layout";

const fonts = async () => embedFonts(await PDFDocument.create());

describe("wrapText", () => {
  it("keeps every word and no line wider than the column", async () => {
    const { regular } = await fonts();
    const text = "Țesătură de bumbac ştampilată, lățime 150 cm, culoarea roșu";
    const lines = wrapText(text, regular, 8, 60);

    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join(" ")).toBe(text);
    for (const line of lines) {
      expect(regular.widthOfTextAtSize(line, 8)).toBeLessThanOrEqual(60);
    }
  });

  it("breaks a word longer than the column between letters", async () => {
    const { regular } = await fonts();
    const word = "RO49AAAA1B31007593840000RO49AAAA1B31007593840000";
    const lines = wrapText(word, regular, 8, 50);

    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join("")).toBe(word);
  });

  it("keeps line breaks and turns tabs into spaces", async () => {
    const { regular } = await fonts();

    expect(wrapText("a\tb\r\nc", regular, 8, 200)).toEqual(["a b", "c"]);
  });
});
