// The one formatting module: money, numbers and dates for a contact's locale.
// Pure, so pages, PDFs and mail print the same text.

export type Locale = "ro" | "en";

const TAGS: Record<Locale, string> = { ro: "ro-RO", en: "en-GB" };
const NBSP = "\u00a0";

/** Minor units per major unit; every currency the portal takes has 2. */
export const MINOR_DIGITS = 2;

// Romanian names the leu "lei"; otherwise the ISO code, so lei and euro read
// alike beside each other: "RON 1,234.56", "EUR 1,234.56", "1.234,56 EUR".
export function formatMoney(minor: number, currency: string, locale: Locale) {
  const format = new Intl.NumberFormat(TAGS[locale], {
    style: "currency",
    currency,
    currencyDisplay: "code",
    minimumFractionDigits: MINOR_DIGITS,
  });
  const parts = format.formatToParts(minor / 10 ** MINOR_DIGITS);
  return parts
    .map((part) => {
      if (part.type === "currency" && currency === "RON" && locale === "ro") {
        return "lei";
      }
      if (part.type === "literal" && part.value.trim() === "") return NBSP;
      return part.value;
    })
    .join("")
    .replace(/^([A-Z]{3})(?=[\d-])/, `$1${NBSP}`);
}

export function formatNumber(value: number, locale: Locale, digits = 0) {
  return new Intl.NumberFormat(TAGS[locale], {
    maximumFractionDigits: digits,
  }).format(value);
}

/** "2026-03-10" as 10.03.2026 (ro) or 10 Mar 2026 (en), never shifted. */
export function formatDate(isoDate: string, locale: Locale) {
  const [year, month, day] = isoDate.split("-").map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  const options: Intl.DateTimeFormatOptions =
    locale === "ro"
      ? { day: "2-digit", month: "2-digit", year: "numeric" }
      : { day: "numeric", month: "short", year: "numeric" };
  return new Intl.DateTimeFormat(TAGS[locale], {
    ...options,
    timeZone: "UTC",
  }).format(date);
}

export function formatDateTime(at: Date, locale: Locale, timeZone: string) {
  return new Intl.DateTimeFormat(TAGS[locale], {
    dateStyle: locale === "ro" ? "short" : "medium",
    timeStyle: "short",
    timeZone,
  }).format(at);
}

/** A percentage from basis points: 1900 → "19 %" or "19%". */
export function formatRate(basisPoints: number, locale: Locale) {
  const value = formatNumber(basisPoints / 100, locale, 2);
  return locale === "ro" ? `${value}${NBSP}%` : `${value}%`;
}

export function formatQuantity(milli: number, locale: Locale) {
  return formatNumber(milli / 1000, locale, 3);
}

/** An exchange rate stored × 10 000, with its four places: 4,9768. */
export function formatExchangeRate(rateE4: number, locale: Locale) {
  return new Intl.NumberFormat(TAGS[locale], {
    minimumFractionDigits: 4,
    maximumFractionDigits: 4,
  }).format(rateE4 / 10_000);
}
