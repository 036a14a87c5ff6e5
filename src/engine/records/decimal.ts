/**
 * Exact decimals as strings. Money and numeric columns are numeric(p, s) in Postgres; passing them
 * through JS floats would lose cents (0.1 + 0.2), so values stay strings from input to bind parameter.
 */

/** A decimal split into parts: digits only, no leading zeros in `int` ("0" at least), no trailing zeros in `frac`. */
export type DecimalParts = { negative: boolean; int: string; frac: string };

const DECIMAL_TEXT = /^(-?)(\d+)(?:\.(\d+))?$/;
const EXPONENT_TEXT = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/;

function canonical(negative: boolean, int: string, frac: string): DecimalParts {
  const trimmedInt = int.replace(/^0+(?=\d)/, '');
  const trimmedFrac = frac.replace(/0+$/, '');
  // "-0.00" is zero; a signed zero would make equal values compare and print differently.
  const isZero = trimmedInt === '0' && trimmedFrac === '';
  return { negative: negative && !isZero, int: trimmedInt, frac: trimmedFrac };
}

/** Parses "-12.50" style text; no exponent, no "+", no bare ".5", so what a client sent is what we store. */
export function parseDecimalText(text: string): DecimalParts | null {
  const match = DECIMAL_TEXT.exec(text);
  if (!match) return null;
  return canonical(match[1] === '-', match[2], match[3] ?? '');
}

/**
 * A finite JS number as the decimal its shortest round-trip form denotes. String(n) switches to
 * exponent notation at 1e21 and below 1e-6 ("1e+21", "1.5e-7"), which must not leak into "1e+21.00";
 * the exponent is expanded instead so range and scale checks see the real digits.
 */
export function parseDecimalNumber(value: number): DecimalParts | null {
  if (!Number.isFinite(value)) return null;
  const text = String(value);
  const plain = parseDecimalText(text);
  if (plain) return plain;
  const match = EXPONENT_TEXT.exec(text);
  if (!match) return null;
  const digits = match[2] + (match[3] ?? '');
  const pointAt = match[2].length + Number(match[4]);
  if (pointAt <= 0) return canonical(match[1] === '-', '0', '0'.repeat(-pointAt) + digits);
  if (pointAt >= digits.length) return canonical(match[1] === '-', digits + '0'.repeat(pointAt - digits.length), '');
  return canonical(match[1] === '-', digits.slice(0, pointAt), digits.slice(pointAt));
}

/** Renders with exactly `scale` fraction digits; the caller has checked `frac` is not longer. */
export function formatDecimal(parts: DecimalParts, scale: number): string {
  const frac = parts.frac.padEnd(scale, '0');
  return `${parts.negative ? '-' : ''}${parts.int}${scale > 0 ? `.${frac}` : ''}`;
}

function compareMagnitude(a: DecimalParts, b: DecimalParts): number {
  if (a.int.length !== b.int.length) return a.int.length < b.int.length ? -1 : 1;
  if (a.int !== b.int) return a.int < b.int ? -1 : 1;
  const width = Math.max(a.frac.length, b.frac.length);
  const fa = a.frac.padEnd(width, '0');
  const fb = b.frac.padEnd(width, '0');
  return fa === fb ? 0 : fa < fb ? -1 : 1;
}

/** -1, 0 or 1; exact, whatever the number of digits. */
export function compareDecimal(a: DecimalParts, b: DecimalParts): number {
  if (a.negative !== b.negative) return a.negative ? -1 : 1;
  const magnitude = compareMagnitude(a, b);
  return a.negative && magnitude !== 0 ? -magnitude : magnitude;
}

/** Compares two canonical decimal strings (as produced by formatDecimal); null if either is not one. */
export function compareDecimalText(a: string, b: string): number | null {
  const pa = parseDecimalText(a);
  const pb = parseDecimalText(b);
  return pa && pb ? compareDecimal(pa, pb) : null;
}
