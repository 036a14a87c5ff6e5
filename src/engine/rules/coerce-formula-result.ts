import type { FieldOf } from '../metadata/field';
import { formatEpochDay, toEpochDay } from './dates';
import { roundDecimal } from '../decimal/decimal';
import { truthy } from './operators';

const DEFAULT_NUMBER_SCALE = 2;
const MONEY_SCALE = 2;

function toText(result: unknown): string | null {
  if (result === null || result === undefined) return null;
  if (typeof result === 'string') return result;
  if (typeof result === 'number') return Number.isFinite(result) ? String(result) : null;
  if (typeof result === 'boolean') return String(result);
  return JSON.stringify(result);
}

/**
 * Shapes a raw rule result the way the field's column stores it: numbers and money as exact
 * decimal strings (never "59.970000000000006"), dates as 'YYYY-MM-DD', and null for anything
 * that cannot be one (null, NaN, Infinity, "abc").
 */
export function coerceFormulaResult(field: FieldOf<'formula'>, result: unknown): unknown {
  switch (field.resultType) {
    case 'number':
      return roundDecimal(result, field.scale ?? DEFAULT_NUMBER_SCALE);
    case 'money':
      return roundDecimal(result, MONEY_SCALE);
    case 'text':
      return toText(result);
    case 'boolean':
      return truthy(result);
    case 'date': {
      const day = toEpochDay(result);
      return day === null ? null : formatEpochDay(day);
    }
  }
}
