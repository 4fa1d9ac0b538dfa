import { z } from "zod";
import { isCalendarDate } from "../dates";
import { parseDecimal } from "../money";
import { PASSWORD_MIN_LENGTH } from "../auth/passwords";
import { compactCode, isValidCui, isValidIban } from "./checksums";
import { FieldError } from "./cells";
import type { Decimal } from "./types";

export const text = (max: number) => (value: string) => {
  if (value.length > max) {
    throw new FieldError(`is longer than ${max} characters`);
  }
  return value;
};

const EXAMPLES: Record<Decimal, string> = { ro: "1.234,56", en: "1,234.56" };

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

export function date(value: string) {
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  const iso = dotted
    ? `${dotted[3]}-${dotted[2].padStart(2, "0")}-${dotted[1].padStart(2, "0")}`
    : value;
  if (!isCalendarDate(iso)) {
    throw new FieldError(
      `"${value}" is not a date such as 31.03.2024 or 2024-03-31`,
    );
  }
  return iso;
}

const YES = ["yes", "da", "true", "1", "x", "y", "d"];
const NO = ["no", "nu", "false", "0", "n"];

export function yesNo(value: string) {
  const word = value.toLowerCase();
  if (YES.includes(word)) return true;
  if (NO.includes(word)) return false;
  throw new FieldError(`"${value}" is not yes or no (da or nu)`);
}

export function oneOf<T extends string>(values: readonly T[]) {
  return (value: string) => {
    const word = value.toLowerCase() as T;
    if (values.includes(word)) return word;
    throw new FieldError(`"${value}" is not one of ${values.join(", ")}`);
  };
}

export function email(value: string) {
  const address = value.toLowerCase();
  if (address.length > 254 || !z.email().safeParse(address).success) {
    throw new FieldError(`"${value}" is not an email address`);
  }
  return address;
}

/** No prefix or "RO": a Romanian CUI; another country's prefix: its shape. */
export function vatCode(value: string) {
  const code = compactCode(value);
  const foreign = /^[A-Z]{2}/.test(code) && !code.startsWith("RO");
  if (foreign ? /^[A-Z]{2}[A-Z0-9]{2,13}$/.test(code) : isValidCui(code)) {
    return code;
  }
  throw new FieldError(`"${value}" is not a valid VAT code (CUI)`);
}

export function iban(value: string) {
  if (isValidIban(value)) return compactCode(value);
  throw new FieldError(`"${value}" is not a valid IBAN`);
}

const CURRENCIES = new Set(Intl.supportedValuesOf("currency"));

/** Three-letter ISO codes whose minor unit is a hundredth, as amounts are. */
export function currency(value: string) {
  const code = value.toUpperCase();
  const hundredths =
    CURRENCIES.has(code) &&
    new Intl.NumberFormat("en", {
      style: "currency",
      currency: code,
    }).resolvedOptions().maximumFractionDigits === 2;
  if (hundredths) return code;
  throw new FieldError(`"${value}" is not a currency code such as RON or EUR`);
}

export function country(value: string) {
  if (/^[A-Za-z]{2}$/.test(value)) return value.toUpperCase();
  throw new FieldError(`"${value}" is not a two-letter country code`);
}

/** An amount in minor units as the file writes it, for messages. */
export function showAmount(minor: number, decimal: Decimal) {
  const digits = String(Math.abs(minor)).padStart(3, "0");
  const mark = decimal === "ro" ? "," : ".";
  const sign = minor < 0 ? "-" : "";
  return `${sign}${digits.slice(0, -2)}${mark}${digits.slice(-2)}`;
}

export function password(value: string) {
  if (value.length < PASSWORD_MIN_LENGTH || value.length > 200) {
    throw new FieldError(`must have ${PASSWORD_MIN_LENGTH} to 200 characters`);
  }
  return value;
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
    return milli;
  };
}
