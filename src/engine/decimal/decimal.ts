/**
 * Exact decimal arithmetic on BigInt: a value is coefficient × 10^-scale. Money sums and line
 * amounts go through here so 0.1 + 0.2 is 0.3 and 19.99 × 3 is 59.97, with no float in between.
 */
export type Decimal = { coef: bigint; scale: number };

const DECIMAL_TEXT = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d{1,4}))?$/i;
const MAX_TEXT = 60;
// Doubles stop near 1e308; a larger exponent in text would only build enormous numbers.
const MAX_EXPONENT = 400;

/**
 * Finite numbers (by their shortest text: what a person typed, e.g. 19.99, and 1e21 as written)
 * and decimal text, optionally signed, with an exponent; everything else is null.
 */
export function parseExact(value: unknown): Decimal | null {
  if (typeof value === 'bigint') return { coef: value, scale: 0 };
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    text = String(value);
  } else if (typeof value === 'string') {
    text = value.trim();
  } else {
    return null;
  }
  const match = DECIMAL_TEXT.exec(text);
  if (!match || text.length > MAX_TEXT) return null;
  const [, sign, int, frac = '', exponentText] = match;
  if (int === '' && frac === '') return null;
  const exponent = exponentText ? Number(exponentText) : 0;
  if (Math.abs(exponent) > MAX_EXPONENT) return null;
  let coef = BigInt(int + frac);
  let scale = frac.length - exponent;
  if (scale < 0) {
    coef *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { coef: sign === '-' ? -coef : coef, scale };
}

function align(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale);
  return [a.coef * 10n ** BigInt(scale - a.scale), b.coef * 10n ** BigInt(scale - b.scale), scale];
}

export function addExact(a: Decimal, b: Decimal): Decimal {
  const [x, y, scale] = align(a, b);
  return { coef: x + y, scale };
}

export function subtractExact(a: Decimal, b: Decimal): Decimal {
  const [x, y, scale] = align(a, b);
  return { coef: x - y, scale };
}

export function multiplyExact(a: Decimal, b: Decimal): Decimal {
  return { coef: a.coef * b.coef, scale: a.scale + b.scale };
}

export function compareExact(a: Decimal, b: Decimal): number {
  const [x, y] = align(a, b);
  return x === y ? 0 : x < y ? -1 : 1;
}

/** Rounds half away from zero to `scale` places and prints exactly that many decimals. */
export function formatExact(value: Decimal, scale: number): string {
  let coef = value.coef;
  if (value.scale > scale) {
    const divisor = 10n ** BigInt(value.scale - scale);
    const remainder = coef % divisor;
    coef = coef / divisor;
    if ((remainder < 0n ? -remainder : remainder) * 2n >= divisor) coef += coef < 0n || remainder < 0n ? -1n : 1n;
  } else {
    coef *= 10n ** BigInt(scale - value.scale);
  }
  const negative = coef < 0n;
  const digits = (negative ? -coef : coef).toString().padStart(scale + 1, '0');
  const int = digits.slice(0, digits.length - scale);
  const text = scale === 0 ? int : `${int}.${digits.slice(digits.length - scale)}`;
  return negative ? `-${text}` : text;
}

/**
 * Rounds half away from zero to exactly `scale` decimals: "1.005" → "1.01", -0.005 → "-0.01",
 * 0.1 + 0.2 → "0.30". Null for anything parseExact refuses (null, NaN, Infinity, "abc").
 */
export function roundDecimal(value: unknown, scale: number): string | null {
  const decimal = parseExact(value);
  return decimal ? formatExact(decimal, scale) : null;
}

/** The exact value as the shortest plain decimal text (no trailing zeros). */
export function exactToText(value: Decimal): string {
  const text = formatExact(value, value.scale);
  return value.scale > 0 ? text.replace(/\.?0+$/, '') : text;
}

export function sumExact(values: Decimal[]): Decimal {
  return values.reduce(addExact, { coef: 0n, scale: 0 });
}
