// Money is integer minor units. VAT rule, used everywhere: each line's net is
// quantity × unit price rounded half away from zero to the minor unit; its
// VAT is net × rate rounded the same way; a document's totals are the sums
// of its lines. Nothing is ever computed in floating point.

/**
 * a × b / d, rounded half away from zero. The product is taken in BigInt so
 * it is exact however large; the result must fit a safe integer.
 */
export function mulDivRounded(a: number, b: number, d: number) {
  for (const n of [a, b, d]) {
    if (!Number.isSafeInteger(n)) throw new RangeError("not a safe integer");
  }
  const product = BigInt(a) * BigInt(b);
  const divisor = BigInt(d);
  const negative = product < 0n !== divisor < 0n;
  const n = product < 0n ? -product : product;
  const m = divisor < 0n ? -divisor : divisor;
  let quotient = n / m;
  if ((n - quotient * m) * 2n >= m) quotient += 1n;
  const result = Number(negative ? -quotient : quotient);
  if (!Number.isSafeInteger(result)) throw new RangeError("amount too large");
  return result;
}

/** numerator / denominator, rounded half away from zero. */
export function divideRounded(numerator: number, denominator: number) {
  return mulDivRounded(numerator, 1, denominator);
}

export type LineInput = {
  quantityMilli: number;
  unitPrice: number;
  vatRateBp: number;
};

export function lineAmounts(line: LineInput) {
  const net = mulDivRounded(line.quantityMilli, line.unitPrice, 1000);
  const vat = mulDivRounded(net, line.vatRateBp, 10_000);
  return { net, vat, total: net + vat };
}

export function documentTotals(lines: LineInput[]) {
  let subtotal = 0;
  let vatTotal = 0;
  for (const line of lines) {
    const amounts = lineAmounts(line);
    subtotal += amounts.net;
    vatTotal += amounts.vat;
  }
  return { subtotal, vatTotal, total: subtotal + vatTotal };
}

/** An amount in a foreign currency converted to lei at a rate × 10 000. */
export function toLei(minor: number, exchangeRateE4: number) {
  return mulDivRounded(minor, exchangeRateE4, 10_000);
}

/**
 * A decimal typed by a person or read from a file, into an integer scaled by
 * 10^digits: "1.234,56" (ro), "1,234.56" (en), "1 234,56 lei", "-12.5".
 * Returns null when the text is not one unambiguous number.
 */
export function parseDecimal(text: string, locale: "ro" | "en", digits = 2) {
  let value = text
    .trim()
    .replace(/\s*(lei|ron|eur|€|usd|\$)$/i, "")
    .replace(/^(ron|eur|€|usd|\$)\s*/i, "")
    .replace(/[\s\u00a0\u202f]/g, "");
  const negative = value.startsWith("-");
  if (negative) value = value.slice(1);

  const [group, decimal] = locale === "ro" ? [".", ","] : [",", "."];
  const grouped = new RegExp(
    `^\\d{1,3}(\\${group}\\d{3})+(\\${decimal}\\d+)?$`,
  );
  const plain = new RegExp(`^\\d+(\\${decimal}\\d+)?$`);
  if (grouped.test(value)) value = value.split(group).join("");
  else if (!plain.test(value)) return null;

  const [whole, fraction = ""] = value.split(decimal);
  if (fraction.length > digits) return null;
  const scaled = Number(whole + fraction.padEnd(digits, "0"));
  if (!Number.isSafeInteger(scaled)) return null;
  return negative ? -scaled : scaled;
}
