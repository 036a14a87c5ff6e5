import { labelText, type FieldDef } from '../metadata';

export type FieldErrorCode =
  | 'required'
  | 'invalid_type'
  | 'too_long'
  | 'pattern'
  | 'out_of_range'
  | 'invalid_option'
  | 'unknown_field'
  | 'invalid_format'
  | 'too_many_decimals'
  | 'too_many_rows'
  /** A form rule of the entity (a cross-field validation, a picker filter) does not hold. */
  | 'rule_failed';

export type FieldValueResult =
  | { ok: true; value: unknown }
  | { ok: false; code: FieldErrorCode; message: string; params?: Record<string, unknown> };

/** Messages go to API clients and logs, so they use the English label when the designer gave one. */
export function fieldLabel(field: Pick<FieldDef, 'label'>): string {
  return labelText(field.label, 'en');
}

export function accept(value: unknown): FieldValueResult {
  return { ok: true, value };
}

/** `problem` completes a sentence that starts with the field's label: "must be a whole number". */
export function reject(field: Pick<FieldDef, 'label'>, code: FieldErrorCode, problem: string, params?: Record<string, unknown>): FieldValueResult {
  const message = `${fieldLabel(field)} ${problem}`;
  return params ? { ok: false, code, message, params } : { ok: false, code, message };
}
