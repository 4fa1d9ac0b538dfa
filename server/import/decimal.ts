import type { Decimal } from "./types";

type Vote = Decimal | "ambiguous" | null;

/**
 * What one number says about its file's convention. "1.234,56" and "12,5"
 * can only be Romanian, "1,234.56" and "4.9750" only English; "1.500" could
 * be either (one and a half or fifteen hundred) and decides nothing.
 */
export function decimalVote(text: string): Vote {
  const value = text.replace(/[^\d.,]/g, "");
  const lastDot = value.lastIndexOf(".");
  const lastComma = value.lastIndexOf(",");
  if (lastDot >= 0 && lastComma >= 0) return lastComma > lastDot ? "ro" : "en";

  const mark = lastDot >= 0 ? "." : lastComma >= 0 ? "," : null;
  if (!mark) return null;
  const asDecimal: Decimal = mark === "," ? "ro" : "en";
  const asGroup: Decimal = mark === "," ? "en" : "ro";
  if (value.split(mark).length > 2) return asGroup;
  return value.length - value.lastIndexOf(mark) - 1 === 3
    ? "ambiguous"
    : asDecimal;
}

export type Detection = { decimal: Decimal } | { error: string };

/** The file's convention, or why it cannot be told from its numbers. */
export function detectDecimal(values: string[]): Detection {
  const found: Partial<Record<Decimal | "ambiguous", string>> = {};
  for (const value of values) {
    const vote = decimalVote(value);
    if (vote) found[vote] ??= value;
  }

  if (found.ro && found.en) {
    return {
      error:
        `mixes decimal commas ("${found.ro}") and decimal points ` +
        `("${found.en}"); use one convention per file`,
    };
  }
  if (found.ro || found.en) return { decimal: found.ro ? "ro" : "en" };
  if (found.ambiguous) {
    return {
      error:
        `cannot tell whether "${found.ambiguous}" uses a decimal comma or ` +
        `a decimal point; run the import with --decimal=comma or ` +
        `--decimal=dot`,
    };
  }
  return { decimal: "ro" };
}
