type Letters = Record<string, string>;
const COMMA: Letters = { ş: "ș", Ş: "Ș", ţ: "ț", Ţ: "Ț" };
const CEDILLA: Letters = { ș: "ş", Ș: "Ş", ț: "ţ", Ț: "Ţ" };

/**
 * Refs and document numbers are keys: the old cedilla letters ş ţ are read
 * as the correct comma-below ș ț, so either spelling names the same row.
 */
export function foldKey(text: string) {
  return text.replace(/[şŞţŢ]/g, (letter) => COMMA[letter]);
}

/** The spellings a folded key may be stored under by older data. */
export function spellings(key: string) {
  const cedilla = key.replace(/[șȘțȚ]/g, (letter) => CEDILLA[letter]);
  return cedilla === key ? [key] : [key, cedilla];
}
