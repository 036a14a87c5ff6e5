import type { FieldDef, FieldOf } from '../metadata';
import { compareDecimal, formatDecimal, parseDecimalNumber, parseDecimalText, type DecimalParts } from './decimal';
import { accept, reject, type FieldValueResult } from './value-result';

/** money is numeric(18,2): 16 digits before the point. */
export const MONEY_SCALE = 2;
export const MONEY_PRECISION = 18;

export type DecimalRule = { scale: number; maxIntegerDigits: number; min?: number; max?: number };

const MAX_SAFE = parseDecimalNumber(Number.MAX_SAFE_INTEGER)!;

function integerDigits(parts: DecimalParts): number {
  return parts.int === '0' ? 0 : parts.int.length;
}

function readDecimal(value: unknown): DecimalParts | null {
  if (typeof value === 'number') return parseDecimalNumber(value);
  if (typeof value === 'string') return parseDecimalText(value.trim());
  return null;
}

/** min/max are metadata numbers; they are compared as exact decimals so 0.1 means 0.1, not 0.1000000000000000055. */
function checkBounds(field: FieldDef, parts: DecimalParts, min: number | undefined, max: number | undefined): FieldValueResult | null {
  const low = min === undefined ? null : parseDecimalNumber(min);
  if (low && compareDecimal(parts, low) < 0) return reject(field, 'out_of_range', `must be at least ${min}`, { min });
  const high = max === undefined ? null : parseDecimalNumber(max);
  if (high && compareDecimal(parts, high) > 0) return reject(field, 'out_of_range', `must be at most ${max}`, { max });
  return null;
}

/** Returns the canonical string with exactly `scale` fraction digits; never rounds. */
export function normalizeDecimal(field: FieldDef, value: unknown, rule: DecimalRule): FieldValueResult {
  const parts = readDecimal(value);
  if (!parts) return reject(field, 'invalid_type', 'must be a number');
  if (parts.frac.length > rule.scale) {
    const problem = rule.scale === 0 ? 'must be a whole number' : `allows at most ${rule.scale} decimal place${rule.scale === 1 ? '' : 's'}`;
    return reject(field, 'too_many_decimals', problem, { scale: rule.scale });
  }
  if (integerDigits(parts) > rule.maxIntegerDigits) {
    return reject(field, 'out_of_range', `allows at most ${rule.maxIntegerDigits} digits before the decimal point`, { maxIntegerDigits: rule.maxIntegerDigits });
  }
  return checkBounds(field, parts, rule.min, rule.max) ?? accept(formatDecimal(parts, rule.scale));
}

/** Whole numbers come back as JS numbers, so only values a double holds exactly are accepted. */
export function normalizeInteger(field: FieldDef, value: unknown, rule: { maxDigits: number; min?: number; max?: number }): FieldValueResult {
  const parts = readDecimal(value);
  if (!parts || parts.frac !== '') return reject(field, 'invalid_type', 'must be a whole number');
  if (integerDigits(parts) > rule.maxDigits) {
    return reject(field, 'out_of_range', `allows at most ${rule.maxDigits} digits`, { maxDigits: rule.maxDigits });
  }
  if (compareDecimal({ ...parts, negative: false }, MAX_SAFE) > 0) {
    return reject(field, 'out_of_range', `must be between ${-Number.MAX_SAFE_INTEGER} and ${Number.MAX_SAFE_INTEGER}`, {
      min: -Number.MAX_SAFE_INTEGER,
      max: Number.MAX_SAFE_INTEGER,
    });
  }
  return checkBounds(field, parts, rule.min, rule.max) ?? accept(Number(formatDecimal(parts, 0)));
}

export function normalizeNumber(field: FieldOf<'number'>, value: unknown): FieldValueResult {
  if (field.integer) return normalizeInteger(field, value, { maxDigits: field.precision, min: field.min, max: field.max });
  // precision < scale cannot be declared in Postgres; treat it as "no digits before the point".
  const maxIntegerDigits = Math.max(0, field.precision - field.scale);
  return normalizeDecimal(field, value, { scale: field.scale, maxIntegerDigits, min: field.min, max: field.max });
}

export function normalizeMoney(field: FieldOf<'money'>, value: unknown): FieldValueResult {
  return normalizeDecimal(field, value, { scale: MONEY_SCALE, maxIntegerDigits: MONEY_PRECISION - MONEY_SCALE, min: field.min, max: field.max });
}
