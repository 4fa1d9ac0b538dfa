import type { RawRow } from "./types";

/**
 * Finds document numbers the file already used, ignoring letter case:
 * "x-case" and "X-CASE" are one number written twice, not two documents.
 * Numbers come folded already, so ş and ș compare equal too.
 */
export function twinFinder(what: string) {
  const seen = new Map<string, { number: string; row: string }>();
  /** Why `number` repeats an earlier row, or null the first time. */
  return (number: string, raw: RawRow) => {
    const key = number.toLowerCase();
    const earlier = seen.get(key);
    if (!earlier) {
      seen.set(key, { number, row: raw.at.row });
      return null;
    }
    return earlier.number === number
      ? `repeats the ${what} on ${earlier.row}`
      : `repeats ${what} ${earlier.number} on ${earlier.row}, ` +
          "in other letter case";
  };
}
