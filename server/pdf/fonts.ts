import fontkit from "@pdf-lib/fontkit";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { PDFDocument, PDFFont } from "pdf-lib";

export type Fonts = { regular: PDFFont; bold: PDFFont };

// PDF's standard fonts cannot encode ș ț ă, so every document embeds DejaVu.
// The package is resolved from this module first; after bundling into
// build/ that still walks up to node_modules, and the working directory is
// the fallback for layouts where it does not.
function fontDirectory() {
  try {
    const localRequire = createRequire(import.meta.url);
    const manifest = localRequire.resolve("dejavu-fonts-ttf/package.json");
    return join(dirname(manifest), "ttf");
  } catch {
    return join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
  }
}

let fontBytes: Promise<[Uint8Array, Uint8Array]> | null = null;

function loadFontBytes() {
  if (!fontBytes) {
    const directory = fontDirectory();
    fontBytes = Promise.all([
      readFile(join(directory, "DejaVuSans.ttf")),
      readFile(join(directory, "DejaVuSans-Bold.ttf")),
    ]);
    fontBytes.catch(() => {
      fontBytes = null;
    });
  }
  return fontBytes;
}

export async function embedFonts(doc: PDFDocument): Promise<Fonts> {
  const [regular, bold] = await loadFontBytes();
  doc.registerFontkit(fontkit);
  return {
    regular: await doc.embedFont(regular, { subset: true }),
    bold: await doc.embedFont(bold, { subset: true }),
  };
}
