import { compareDecimalText } from '../records/decimal';
import { normalizeFieldValue } from '../records/field-value';
import { fieldLabel } from '../records/value-result';
import type { FilterOp } from './filter-ast';
import type { QueryableField } from './queryable-field';

export const MAX_IN_VALUES = 1000;
const MAX_CONTAINS_LENGTH = 500;

export type FilterValueResult = { ok: true; value: unknown } | { ok: false; message: string };

function fail(message: string): FilterValueResult {
  return { ok: false, message };
}

function scalar(field: QueryableField, value: unknown): FilterValueResult {
  if (value === null || value === undefined || value === '') return fail(`${fieldLabel(field.def)}: use isNull to match empty values`);
  if (typeof value === 'object') return fail(`${fieldLabel(field.def)}: expected a single value`);
  const result = normalizeFieldValue(field.def, value);
  return result.ok ? { ok: true, value: result.value } : fail(result.message);
}

function list(field: QueryableField, value: unknown): FilterValueResult {
  if (!Array.isArray(value) || value.length === 0) return fail(`${fieldLabel(field.def)}: in takes a non-empty array of values`);
  if (value.length > MAX_IN_VALUES) return fail(`${fieldLabel(field.def)}: in takes at most ${MAX_IN_VALUES} values`);
  const items: unknown[] = [];
  for (const item of value) {
    const result = scalar(field, item);
    if (!result.ok) return result;
    items.push(result.value);
  }
  return { ok: true, value: [...new Set(items)] };
}

/** -1/0/1 for two normalised values of one field; only ordered types reach here. */
function compareNormalised(field: QueryableField, a: unknown, b: unknown): number {
  if (field.valueType === 'decimal') return compareDecimalText(String(a), String(b)) ?? 0;
  if (field.valueType === 'integer') return Math.sign(Number(a) - Number(b));
  // Dates and ISO date-times are fixed-width, so text order is time order.
  return a === b ? 0 : String(a) < String(b) ? -1 : 1;
}

function range(field: QueryableField, value: unknown): FilterValueResult {
  if (!Array.isArray(value) || value.length !== 2) return fail(`${fieldLabel(field.def)}: between takes [low, high]`);
  const low = scalar(field, value[0]);
  if (!low.ok) return low;
  const high = scalar(field, value[1]);
  if (!high.ok) return high;
  if (compareNormalised(field, low.value, high.value) > 0) return fail(`${fieldLabel(field.def)}: between needs low ≤ high`);
  return { ok: true, value: [low.value, high.value] };
}

/**
 * On text the value is a plain substring; escaping % and _ for LIKE is the SQL renderer's job, so
 * the AST keeps what the user typed. On multi-select it is one option or several, all required.
 */
function contains(field: QueryableField, value: unknown): FilterValueResult {
  if (field.valueType === 'text_array') {
    const options = typeof value === 'string' ? [value] : value;
    if (!Array.isArray(options) || options.length === 0) return fail(`${fieldLabel(field.def)}: contains takes an option or a non-empty array of options`);
    const result = normalizeFieldValue(field.def, options);
    return result.ok ? { ok: true, value: result.value } : fail(result.message);
  }
  if (typeof value !== 'string' || value === '') return fail(`${fieldLabel(field.def)}: contains takes a non-empty string`);
  if (value.length > MAX_CONTAINS_LENGTH) return fail(`${fieldLabel(field.def)}: contains takes at most ${MAX_CONTAINS_LENGTH} characters`);
  return { ok: true, value };
}

/** Checks the operand of `op` (already allowed for the field) and returns it normalised. */
export function compileFilterValue(field: QueryableField, op: FilterOp, value: unknown): FilterValueResult {
  switch (op) {
    case 'isNull':
      if (value === undefined) return { ok: true, value: true };
      return typeof value === 'boolean' ? { ok: true, value } : fail(`${fieldLabel(field.def)}: isNull takes true or false`);
    case 'in':
      return list(field, value);
    case 'between':
      return range(field, value);
    case 'contains':
      return contains(field, value);
    default:
      return scalar(field, value);
  }
}
