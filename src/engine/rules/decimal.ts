/**
 * Exact decimal handling on digit strings. Money and numeric(18,2) values arrive as strings like
 * "12.50" and arithmetic happens in doubles, so the final rounding must read the shortest decimal
 * form of a double ("1.005", not 1.00499999999999989...) and round that text, never Math.round.
 */
type Decimal = { negative: boolean; int: string; frac: string };

const DECIMAL_TEXT = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d{1,4}))?$/i;
// Doubles stop near 1e308; a larger exponent in text would only build enormous digit strings.
const MAX_EXPONENT = 400;

/** Finite numbers and decimal strings (optionally signed, with exponent); everything else is null. */
export function parseDecimal(value: unknown): Decimal | null {
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
  if (!match) return null;
  const [, sign, intDigits, fracDigits = '', exponentText] = match;
  if (intDigits === '' && fracDigits === '') return null;
  const exponent = exponentText ? Number(exponentText) : 0;
  if (Math.abs(exponent) > MAX_EXPONENT) return null;

  const digits = intDigits + fracDigits;
  const point = intDigits.length + exponent;
  let int: string;
  let frac: string;
  if (point <= 0) {
    int = '';
    frac = '0'.repeat(-point) + digits;
  } else if (point >= digits.length) {
    int = digits + '0'.repeat(point - digits.length);
    frac = '';
  } else {
    int = digits.slice(0, point);
    frac = digits.slice(point);
  }
  int = int.replace(/^0+/, '');
  frac = frac.replace(/0+$/, '');
  return { negative: sign === '-' && (int !== '' || frac !== ''), int, frac };
}

function incrementDigits(digits: string): string {
  const out = digits.split('');
  for (let i = out.length - 1; i >= 0; i -= 1) {
    if (out[i] !== '9') {
      out[i] = String(Number(out[i]) + 1);
      return out.join('');
    }
    out[i] = '0';
  }
  return `1${out.join('')}`;
}

/**
 * Rounds half away from zero to exactly `scale` decimals: "1.005" → "1.01", -0.005 → "-0.01",
 * 0.1 + 0.2 → "0.30". Returns null for anything parseDecimal refuses (null, NaN, Infinity, "abc").
 */
export function roundDecimal(value: unknown, scale: number): string | null {
  const decimal = parseDecimal(value);
  if (!decimal) return null;
  const frac = decimal.frac.padEnd(scale + 1, '0');
  let kept = (decimal.int || '0') + frac.slice(0, scale);
  if (frac[scale] >= '5') kept = incrementDigits(kept);
  const int = kept.slice(0, kept.length - scale).replace(/^0+(?=\d)/, '');
  // "-0.00" is not a value anyone wants to see.
  const sign = decimal.negative && /[1-9]/.test(kept) ? '-' : '';
  return scale === 0 ? sign + int : `${sign}${int}.${kept.slice(kept.length - scale)}`;
}
