import type { FieldDef, FieldOf } from '../metadata';
import { MONEY_PRECISION, MONEY_SCALE, normalizeDecimal, normalizeMoney, normalizeNumber } from './numeric-value';
import { normalizeDate, normalizeDateTime } from './temporal-value';
import { normalizeEmail, normalizePhone, normalizePlainString, normalizeText } from './text-value';
import { accept, reject, type FieldValueResult } from './value-result';

export type { FieldErrorCode, FieldValueResult } from './value-result';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Formulas without a declared scale keep what they compute, up to what numeric(30,10) holds. */
const FORMULA_MAX_SCALE = 10;
const FORMULA_MAX_INTEGER_DIGITS = 20;

/**
 * Empty means "no value" for every type: a cleared form input sends "", and storing it as null
 * keeps required checks and isNull filters agreeing with what the user sees.
 */
export function isEmptyValue(field: FieldDef, value: unknown): boolean {
  if (value === null || value === undefined || value === '') return true;
  return (field.type === 'multi_select' || field.type === 'child_table') && Array.isArray(value) && value.length === 0;
}

function optionValues(field: FieldOf<'single_select'> | FieldOf<'multi_select'>): string[] {
  return field.options.map((option) => option.value);
}

function optionProblem(allowed: string[]): string {
  const shown = allowed.length > 20 ? `${allowed.slice(0, 20).join(', ')}, …` : allowed.join(', ');
  return `must be one of: ${shown}`;
}

function normalizeBoolean(field: FieldDef, value: unknown): FieldValueResult {
  if (typeof value === 'boolean') return accept(value);
  if (value === 'true' || value === 'false') return accept(value === 'true');
  return reject(field, 'invalid_type', 'must be true or false');
}

function normalizeSingleSelect(field: FieldOf<'single_select'>, value: unknown): FieldValueResult {
  const allowed = optionValues(field);
  if (typeof value === 'string' && allowed.includes(value)) return accept(value);
  return reject(field, 'invalid_option', optionProblem(allowed), { allowed });
}

/** Duplicates are dropped (order kept): the column is a set of tags, not a list. */
function normalizeMultiSelect(field: FieldOf<'multi_select'>, value: unknown): FieldValueResult {
  if (!Array.isArray(value)) return reject(field, 'invalid_type', 'must be a list of options');
  const allowed = optionValues(field);
  const bad = value.filter((item) => typeof item !== 'string' || !allowed.includes(item));
  if (bad.length > 0) return reject(field, 'invalid_option', optionProblem(allowed), { allowed });
  return accept([...new Set(value as string[])]);
}

function normalizeRelation(field: FieldDef, value: unknown): FieldValueResult {
  if (typeof value !== 'string') return reject(field, 'invalid_type', 'must be a record id');
  const id = value.trim();
  // Postgres prints uuids in lower case; normalising here makes equality checks on the text form hold.
  if (!UUID.test(id)) return reject(field, 'invalid_format', 'must be a record id (a UUID)');
  return accept(id.toLowerCase());
}

/** Formula values are computed by the server; this check only serves filters on them. */
function normalizeFormula(field: FieldOf<'formula'>, value: unknown): FieldValueResult {
  switch (field.resultType) {
    case 'number':
      return normalizeDecimal(field, value, { scale: field.scale ?? FORMULA_MAX_SCALE, maxIntegerDigits: FORMULA_MAX_INTEGER_DIGITS });
    case 'money':
      return normalizeDecimal(field, value, { scale: MONEY_SCALE, maxIntegerDigits: MONEY_PRECISION - MONEY_SCALE });
    case 'boolean':
      return normalizeBoolean(field, value);
    case 'date':
      return normalizeDate(field, value);
    case 'text':
      return normalizePlainString(field, value);
  }
}

/**
 * Checks one value against its field and returns the form it is stored and compared in: decimals
 * as canonical strings, whole numbers as numbers, dates as YYYY-MM-DD, date-times as ISO UTC.
 * Empty values come back as null; whether null is allowed (required) is the caller's decision.
 */
export function normalizeFieldValue(field: FieldDef, value: unknown): FieldValueResult {
  if (isEmptyValue(field, value)) return accept(null);
  switch (field.type) {
    case 'text':
    case 'long_text':
      return normalizeText(field, value);
    case 'email':
      return normalizeEmail(field, value);
    case 'phone':
      return normalizePhone(field, value);
    case 'number':
      return normalizeNumber(field, value);
    case 'money':
      return normalizeMoney(field, value);
    case 'date':
      return normalizeDate(field, value);
    case 'datetime':
      return normalizeDateTime(field, value);
    case 'boolean':
      return normalizeBoolean(field, value);
    case 'single_select':
      return normalizeSingleSelect(field, value);
    case 'multi_select':
      return normalizeMultiSelect(field, value);
    case 'relation':
      return normalizeRelation(field, value);
    case 'auto_number':
      return normalizePlainString(field, value);
    case 'formula':
      return normalizeFormula(field, value);
    case 'rollup':
      // Like a formula, only filters check values of it.
      return normalizeDecimal(field, value, { scale: field.scale ?? (field.resultType === 'money' ? MONEY_SCALE : FORMULA_MAX_SCALE), maxIntegerDigits: FORMULA_MAX_INTEGER_DIGITS });
    case 'child_table':
      // Rows need the child entity's definition; validateRecordInput handles them.
      return reject(field, 'invalid_type', 'is a list of rows and is validated with its record');
  }
}
