import { z } from "zod";
import { isCalendarDate } from "../dates";
import { PASSWORD_MIN_LENGTH } from "../auth/passwords";
import { compactCode, isValidCui, isValidIban } from "./checksums";
import { FieldError } from "./cells";

export {
  amount,
  exchangeRate,
  quantity,
  scaled,
  showAmount,
  vatRate,
} from "./numbers";

export const text = (max: number) => (value: string) => {
  if (value.length > max) {
    throw new FieldError(`is longer than ${max} characters`);
  }
  return value;
};

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

export function password(value: string) {
  if (value.length < PASSWORD_MIN_LENGTH || value.length > 200) {
    throw new FieldError(`must have ${PASSWORD_MIN_LENGTH} to 200 characters`);
  }
  return value;
}
