import { newRecordDefaults } from '../forms/default-values';
import { hasConditionalPresence } from '../forms/field-logic';
import type { RuleContext } from '../forms/rule-context';
import { activeFields, findField, isComputed, SYSTEM_COLUMNS, type EntityDef, type EntityLookup, type FieldDef, type FieldOf } from '../metadata';
import { isEmptyValue, normalizeFieldValue } from './field-value';
import { fieldLabel, type FieldErrorCode } from './value-result';

export type { FieldErrorCode } from './value-result';
export { normalizeFieldValue } from './field-value';

export type FieldError = { field: string; code: FieldErrorCode; message: string; params?: Record<string, unknown> };
export type ValidatedRecord = { values: Record<string, unknown>; children: Record<string, ValidatedRecord[]> };
export type ValidateOptions = {
  mode: 'create' | 'update';
  lookup: EntityLookup;
  /** Clock and user for computed defaults of new records; the current time and no user when absent. */
  context?: RuleContext;
};
export type ValidateResult = { ok: true; record: ValidatedRecord } | { ok: false; errors: FieldError[] };

export const MAX_CHILD_ROWS = 1000;

/** Clients send back records they fetched; what the server owns in them is dropped, not refused. */
function isIgnoredKey(key: string): boolean {
  return key.startsWith('_') || (SYSTEM_COLUMNS as readonly string[]).includes(key);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Own keys only: a field may be called "constructor", which every object inherits. */
function hasValue(input: Record<string, unknown>, key: string): boolean {
  return Object.hasOwn(input, key) && input[key] !== undefined;
}

function requiredError(field: FieldDef, path: string): FieldError {
  return { field: path, code: 'required', message: `${fieldLabel(field)} is required` };
}

function unknownFieldError(key: string): FieldError {
  const shown = key.length > 100 ? `${key.slice(0, 100)}…` : key;
  return { field: key, code: 'unknown_field', message: `Unknown field "${shown}"` };
}

/** Child rows replace the record's rows wholesale, so each row is a fresh record (create mode). */
function validateChildRows(field: FieldOf<'child_table'>, value: unknown, options: ValidateOptions, errors: FieldError[]): ValidatedRecord[] | null {
  if (!Array.isArray(value)) {
    errors.push({ field: field.id, code: 'invalid_type', message: `${fieldLabel(field)} must be a list of rows` });
    return null;
  }
  if (value.length > MAX_CHILD_ROWS) {
    const message = `${fieldLabel(field)} allows at most ${MAX_CHILD_ROWS} rows`;
    errors.push({ field: field.id, code: 'too_many_rows', message, params: { maxRows: MAX_CHILD_ROWS } });
    return null;
  }
  const childEntity = options.lookup(field.entity);
  // Published metadata has its references checked, so a missing child entity is a server bug, not bad input.
  if (!childEntity) throw new Error(`child entity "${field.entity}" of field "${field.id}" is not defined`);
  const rows: ValidatedRecord[] = [];
  value.forEach((row, index) => {
    const result = validateRecordInput(childEntity, row, { ...options, mode: 'create' });
    const prefix = `${field.id}[${index}]`;
    if (result.ok) rows.push(result.record);
    else for (const error of result.errors) errors.push({ ...error, field: error.field ? `${prefix}.${error.field}` : prefix });
  });
  return rows;
}

/**
 * Checks a create or update payload against the entity and returns normalised values (stored
 * columns) and child rows (per child-table field). All problems are collected, each with a path
 * such as `lines[0].qty`, so a form can mark every wrong input at once.
 */
export function validateRecordInput(entity: EntityDef, input: unknown, options: ValidateOptions): ValidateResult {
  if (!isPlainObject(input)) return { ok: false, errors: [{ field: '', code: 'invalid_type', message: 'The record must be a JSON object' }] };
  const errors: FieldError[] = [];
  const record: ValidatedRecord = { values: {}, children: {} };

  for (const [key, value] of Object.entries(input)) {
    if (isIgnoredKey(key) || value === undefined) continue;
    const field = findField(entity, key);
    if (!field || field.removed) {
      errors.push(unknownFieldError(key));
      continue;
    }
    if (isComputed(field)) continue;
    // A field whose presence depends on the record is checked by the form logic on the whole record.
    if (field.required && !hasConditionalPresence(field) && isEmptyValue(field, value)) {
      errors.push(requiredError(field, key));
      continue;
    }
    if (field.type === 'child_table') {
      // null clears the rows, like an empty list.
      const rows = value === null ? [] : validateChildRows(field, value, options, errors);
      if (rows) record.children[key] = rows;
      continue;
    }
    const result = normalizeFieldValue(field, value);
    if (result.ok) record.values[key] = result.value;
    else errors.push({ field: key, code: result.code, message: result.message, ...(result.params ? { params: result.params } : {}) });
  }

  if (options.mode === 'create') {
    // Only fields the input leaves out get defaults: an explicit null means "no value", and a
    // refused value is still a value given. What a client sends for a computed field is not.
    const given: Record<string, unknown> = { ...record.values };
    for (const [key, value] of Object.entries(input)) {
      const field = findField(entity, key);
      if (field && !isComputed(field) && value !== undefined && !(key in given)) given[key] = value;
    }
    const defaults = newRecordDefaults(entity, options.context ?? { now: new Date() }, given);
    Object.assign(record.values, defaults);
    for (const field of activeFields(entity)) {
      if (field.required && !isComputed(field) && !hasConditionalPresence(field) && !hasValue(input, field.id) && !(field.id in defaults)) {
        errors.push(requiredError(field, field.id));
      }
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, record };
}
