import type { FieldDef } from '@/engine/metadata/field';
import { normalizeFieldValue } from '@/engine/records/field-value';
import type { FieldErrorCode } from '@/engine/records/value-result';
import { omitProps } from './field-edit';

export type DefaultKind = 'none' | 'constant' | 'currentUser' | 'today' | 'now' | 'rule';
export type ConstantDefault = string | number | boolean;

/** Types whose constant default the schema can hold (a multi select would need a list). */
const CONSTANT_TYPES = new Set<FieldDef['type']>(['text', 'long_text', 'number', 'money', 'date', 'datetime', 'boolean', 'single_select', 'email', 'phone']);
const COMPUTED_TYPES = new Set<FieldDef['type']>(['auto_number', 'formula', 'rollup', 'child_table']);

/** The kinds of default a field can have; none at all when the server computes or copies its value. */
export function defaultKindsFor(field: FieldDef): DefaultKind[] {
  if (COMPUTED_TYPES.has(field.type) || field.copyFrom) return [];
  const kinds: DefaultKind[] = ['none'];
  if (CONSTANT_TYPES.has(field.type)) kinds.push('constant');
  if (field.type === 'text') kinds.push('currentUser');
  if (field.type === 'date') kinds.push('today');
  if (field.type === 'datetime') kinds.push('now');
  kinds.push('rule');
  return kinds;
}

export function defaultKindOf(field: FieldDef): DefaultKind {
  if (field.defaultFrom) return field.defaultFrom.kind;
  return field.defaultValue === undefined ? 'none' : 'constant';
}

/**
 * Switches the kind of default; one kind at a time, so a computed default never hides behind a
 * forgotten constant. A constant starts empty (a boolean starts as "no") until the designer types one.
 */
export function withDefaultKind(field: FieldDef, kind: DefaultKind): FieldDef {
  const previousRule = field.defaultFrom?.kind === 'rule' ? field.defaultFrom.rule : null;
  const bare = omitProps(field, ['defaultValue', 'defaultFrom']);
  switch (kind) {
    case 'none':
      return bare;
    case 'constant':
      if (field.defaultValue !== undefined) return omitProps(field, ['defaultFrom']);
      return field.type === 'boolean' ? { ...bare, defaultValue: false } : bare;
    case 'rule':
      return { ...bare, defaultFrom: { kind: 'rule', rule: previousRule } };
    default:
      return { ...bare, defaultFrom: { kind } };
  }
}

/** An empty input means no default: the server would store null for "" anyway. */
export function withConstantDefault(field: FieldDef, value: ConstantDefault | null | undefined): FieldDef {
  const bare = omitProps(field, ['defaultValue', 'defaultFrom']);
  return value === undefined || value === null || value === '' ? bare : { ...bare, defaultValue: value };
}

export type DefaultValueProblem = { code: FieldErrorCode; params: Record<string, unknown> };

/** Checks the constant exactly as a new record's value would be checked (range, decimals, options, pattern). */
export function constantDefaultProblem(field: FieldDef): DefaultValueProblem | undefined {
  if (field.defaultValue === undefined) return undefined;
  const result = normalizeFieldValue(omitProps(field, ['defaultValue']), field.defaultValue);
  return result.ok ? undefined : { code: result.code, params: result.params ?? {} };
}
