import { parseDecimal } from "../money";
import { FieldError } from "./cells";
import type { Decimal } from "./types";

/**
 * The largest amount a line, a document or a payment may come to, in minor
 * units: 1 000 000 000,00. Kept far below 2^53 so that sums, balances and
 * amounts in lei are always exact.
 */
export const MAX_AMOUNT = 100_000_000_000;
/** The largest quantity, in thousandths: one million units. */
export const MAX_QUANTITY = 1_000_000_000;
/** The largest exchange rate, lei per unit × 10 000: 1 000 lei. */
export const MAX_RATE = 10_000_000;

const EXAMPLES: Record<Decimal, string> = { ro: "1.234,56", en: "1,234.56" };

/** An amount in minor units as the file writes it, for messages. */
export function showAmount(minor: number, decimal: Decimal) {
  const digits = String(Math.abs(minor)).padStart(3, "0");
  const mark = decimal === "ro" ? "," : ".";
  const sign = minor < 0 ? "-" : "";
  return `${sign}${digits.slice(0, -2)}${mark}${digits.slice(-2)}`;
}

/** '"2000000" is more than the largest quantity allowed, 1000000'. */
function outOfRange(text: string, value: number, what: string, limit: string) {
  return new FieldError(
    value < 0
      ? `"${text}" is less than the smallest ${what} allowed, -${limit}`
      : `"${text}" is more than the largest ${what} allowed, ${limit}`,
  );
}

export function amount(decimal: Decimal, sign: "any" | "positive" = "any") {
  return (value: string) => {
    const minor = parseDecimal(value, decimal, 2);
    if (minor === null) {
      const example = `such as ${EXAMPLES[decimal]}`;
      throw new FieldError(
        `"${value}" is not an amount with at most 2 decimals, ${example}`,
      );
    }
    if (sign === "positive" && minor <= 0) {
      throw new FieldError(`must be more than zero, not ${value}`);
    }
    if (Math.abs(minor) > MAX_AMOUNT) {
      const limit = showAmount(MAX_AMOUNT, decimal);
      throw outOfRange(value, minor, "amount", limit);
    }
    return minor;
  };
}

export function scaled(decimal: Decimal, digits: number, what: string) {
  return (value: string) => {
    const result = parseDecimal(value.replace(/\s*%$/, ""), decimal, digits);
    if (result === null) {
      throw new FieldError(
        `"${value}" is not ${what} with at most ${digits} decimals`,
      );
    }
    return result;
  };
}

export function vatRate(decimal: Decimal) {
  const percent = scaled(decimal, 2, "a VAT rate in percent");
  return (value: string) => {
    const basisPoints = percent(value);
    if (basisPoints < 0 || basisPoints > 10_000) {
      throw new FieldError(`"${value}" is not a rate between 0 and 100`);
    }
    return basisPoints;
  };
}

export function quantity(decimal: Decimal) {
  const thousandths = scaled(decimal, 3, "a quantity");
  return (value: string) => {
    const milli = thousandths(value);
    if (milli === 0) throw new FieldError("must not be zero");
    if (Math.abs(milli) > MAX_QUANTITY) {
      throw outOfRange(value, milli, "quantity", String(MAX_QUANTITY / 1000));
    }
    return milli;
  };
}

/** Lei for one unit of a currency, × 10 000 as BNR publishes it. */
export function exchangeRate(decimal: Decimal) {
  const e4 = scaled(decimal, 4, "an exchange rate");
  return (value: string) => {
    const rate = e4(value);
    if (rate <= 0) {
      throw new FieldError(`must be more than zero lei per unit, not ${value}`);
    }
    if (rate > MAX_RATE) {
      const limit = `${MAX_RATE / 10_000} lei per unit`;
      throw outOfRange(value, rate, "exchange rate", limit);
    }
    return rate;
  };
}
