import { addToEpochDay, diffEpochDays, formatEpochDay, toEpochDay } from './dates';
import { roundDecimal } from '../decimal/decimal';
import type { Operation } from './operation';
import { isDateUnit } from './operators';

/** Integers only (a number or an integer string); anything else makes the operator return null. */
function toInteger(value: unknown): number | null {
  if (typeof value === 'string' && value.trim() !== '') value = Number(value);
  return typeof value === 'number' && Number.isInteger(value) ? value : null;
}

const MAX_ROUND_DECIMALS = 20;

/**
 * Operators json-logic lacks. Bad input gives null rather than an error: rules run on record data
 * the rule's author does not control, and null is what a formula field shows for "cannot compute".
 */
export const CUSTOM_OPERATIONS: ReadonlyMap<string, Operation> = new Map<string, Operation>([
  /** {"round": [value, decimals]}: half away from zero on the decimal text, so 1.005 → 1.01. */
  ['round', ([value, decimals = 0]) => {
    const places = toInteger(decimals);
    if (places === null || places < 0 || places > MAX_ROUND_DECIMALS) return null;
    const rounded = roundDecimal(value, places);
    return rounded === null ? null : Number(rounded);
  }],
  /** {"today": []}: the UTC date of the evaluation's `now`. */
  ['today', (_args, _data, context) => formatEpochDay(toEpochDay(context.now) ?? Number.NaN)],
  /** {"date_diff": [from, to, unit]}: whole units from `from` to `to`; negative when `to` is earlier. */
  ['date_diff', ([from, to, unit = 'day']) => {
    const a = toEpochDay(from);
    const b = toEpochDay(to);
    if (a === null || b === null || !isDateUnit(unit)) return null;
    return diffEpochDays(a, b, unit);
  }],
  /** {"date_add": [date, n, unit]}: 'YYYY-MM-DD'; month and year steps clamp to the month's end. */
  ['date_add', ([date, amount, unit = 'day']) => {
    const day = toEpochDay(date);
    const n = toInteger(amount);
    if (day === null || n === null || !isDateUnit(unit)) return null;
    return formatEpochDay(addToEpochDay(day, n, unit));
  }],
  ['is_empty', ([value]) => value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)],
]);
