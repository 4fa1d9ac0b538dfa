const CUI_KEY = "753217532";

/** "RO 1234567" and "ro1234567" → "RO1234567"; spaces go, letters go up. */
export function compactCode(text: string) {
  return text.replace(/[\s.-]/g, "").toUpperCase();
}

/** The digits of a Romanian VAT code, without its optional "RO" prefix. */
export function cuiDigits(text: string) {
  return compactCode(text).replace(/^RO/, "");
}

/** Romanian codes match with or without "RO"; foreign ones exactly. */
export function vatKey(text: string) {
  const code = compactCode(text);
  return /^(RO|\d)/.test(code) ? cuiDigits(code) : code;
}

/**
 * A Romanian CUI/CIF: 2 to 10 digits, the last a control digit. The others,
 * padded left to nine, are weighted by 7 5 3 2 1 7 5 3 2; the control digit
 * is ten times their sum modulo 11, with 10 written as 0.
 */
export function isValidCui(text: string) {
  const digits = cuiDigits(text);
  if (!/^\d{2,10}$/.test(digits)) return false;

  const body = digits.slice(0, -1).padStart(9, "0");
  let sum = 0;
  for (let index = 0; index < 9; index++) {
    sum += Number(body[index]) * Number(CUI_KEY[index]);
  }
  const control = ((sum * 10) % 11) % 10;
  return control === Number(digits.at(-1));
}

const IBAN_LENGTHS: Record<string, number> = {
  RO: 24,
  DE: 22,
  AT: 20,
  FR: 27,
  IT: 27,
  HU: 28,
  BG: 22,
  NL: 18,
  GB: 22,
};

/** ISO 13616: the right length, and mod 97 of its rearranged digits is 1. */
export function isValidIban(text: string) {
  const iban = compactCode(text);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const length = IBAN_LENGTHS[iban.slice(0, 2)];
  if (length && iban.length !== length) return false;

  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let rest = 0;
  for (const char of rearranged) {
    const value = /\d/.test(char) ? char : String(char.charCodeAt(0) - 55);
    for (const digit of value) rest = (rest * 10 + Number(digit)) % 97;
  }
  return rest === 1;
}
