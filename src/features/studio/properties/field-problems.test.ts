import { describe, expect, it } from 'vitest';
import type { EntityDef } from '@/engine/metadata/entity';
import type { FieldDef } from '@/engine/metadata/field';
import { entityPropertyProblems, fieldProblems, type FieldContext } from './field-problems';
import { lookup, orders } from './test-entities';

const label = { 'zh-CN': '字段' };

function contextWith(...fields: FieldDef[]): FieldContext {
  const entity: EntityDef = { ...orders, fields: [...orders.fields, ...fields] };
  return { entity, lookup, catalogReady: true };
}

function codes(field: FieldDef, ctx = contextWith(field)): string[] {
  return fieldProblems(field, ctx).map((problem) => `${problem.property}:${problem.code}`);
}

describe('fieldProblems', () => {
  it('has nothing to say about a complete field', () => {
    for (const field of orders.fields) expect(codes(field, contextWith())).toEqual([]);
  });

  it('asks for a relation target until one is chosen, and names an unknown one once the list is loaded', () => {
    const relation: FieldDef = { id: 'r', type: 'relation', entity: '', label };
    expect(codes(relation)).toEqual(['entity:relation_entity_required']);
    const unknown: FieldDef = { ...relation, entity: 'nowhere' };
    expect(codes(unknown)).toEqual(['entity:relation_entity_unknown']);
    expect(fieldProblems(unknown, { ...contextWith(unknown), catalogReady: false })).toEqual([]);
  });

  it('checks filterBy against both entities', () => {
    const customer = orders.fields[0] as FieldDef & { type: 'relation' };
    expect(codes({ ...customer, filterBy: { sourceField: 'customer_region', targetField: 'region' } })).toEqual([]);
    expect(codes({ ...customer, filterBy: { sourceField: 'amount', targetField: 'region' } })).toEqual(['filterBy:filter_mismatch']);
    expect(codes({ ...customer, filterBy: { sourceField: 'gone', targetField: 'region' } })).toEqual(['filterBy:filter_source_unknown']);
    expect(codes({ ...customer, filterBy: { sourceField: 'contact', targetField: 'old' } })).toEqual(['filterBy:filter_target_unknown']);
  });

  it('checks copyFrom: a relation, a field it has, a type that fits', () => {
    const copy = (relation: string, field: string): FieldDef => ({ id: 'c', type: 'text', label, copyFrom: { relation, field } });
    expect(codes(copy('customer', 'name'))).toEqual([]);
    expect(codes(copy('contact', 'name'))).toEqual(['copyFrom:copy_relation_unknown']);
    expect(codes(copy('customer', 'nope'))).toEqual(['copyFrom:copy_field_unknown']);
    expect(codes(copy('customer', 'credit'))).toEqual(['copyFrom:copy_type_mismatch']);
    expect(codes({ ...copy('customer', 'name'), defaultValue: 'x' })).toEqual(['defaultValue:default_with_copy']);
  });

  it('checks validation settings and the constant default', () => {
    const amount: FieldDef = { id: 'a', type: 'number', integer: false, precision: 4, scale: 6, min: 10, max: 1, label, defaultValue: '0.5' };
    expect(codes(amount)).toEqual(['max:min_above_max', 'scale:scale_above_precision', 'defaultValue:default_out_of_range']);
    expect(codes({ id: 't', type: 'text', pattern: '([a-z]', label })).toEqual(['pattern:pattern_invalid']);
    expect(codes({ id: 't', type: 'text', pattern: '[A-Z]{2}', defaultValue: 'abc', label })).toEqual(['defaultValue:default_pattern']);
  });

  it('checks options, auto-number patterns, formulas and rollups', () => {
    expect(codes({ id: 's', type: 'single_select', label, options: [{ value: 'a', label }, { value: 'a', label: { 'zh-CN': '' } }] })).toEqual([
      'options.1.value:option_value_duplicate',
      'options.1.labelZh:option_label_required',
    ]);
    expect(codes({ id: 'n', type: 'auto_number', label, pattern: 'SO-{YYYYMM}' })).toEqual(['autoNumberPattern:auto_number_unknown_token', 'autoNumberPattern:auto_number_missing_seq']);
    expect(codes({ id: 'f', type: 'formula', label, resultType: 'number', expression: { nope: [1] } })).toEqual(['expression:formula_invalid']);
    const rollup = (child: string, field?: string, op: 'sum' | 'count' = 'sum'): FieldDef => ({ id: 'r', type: 'rollup', label, child, field, op, resultType: 'number' });
    expect(codes(rollup(''))).toEqual(['rollupChild:rollup_child_required']);
    expect(codes(rollup('customer'))).toEqual(['rollupChild:rollup_child_unknown']);
    expect(codes(rollup('lines', undefined, 'count'))).toEqual([]);
    expect(codes(rollup('lines'))).toEqual(['rollupField:rollup_field_required']);
    expect(codes(rollup('lines', 'note'))).toEqual(['rollupField:rollup_field_not_numeric']);
    expect(codes(rollup('lines', 'qty'))).toEqual([]);
  });

  it('wants the Chinese text of a placeholder or help that has only English', () => {
    expect(codes({ id: 't', type: 'text', label, help: { 'zh-CN': '', en: 'Help' }, placeholder: { 'zh-CN': '', en: 'e.g.' } })).toEqual([
      'placeholderZh:zh_required',
      'helpZh:zh_required',
    ]);
  });
});

describe('entityPropertyProblems', () => {
  it('lists only the fields with problems, skipping removed ones', () => {
    const pending: FieldDef = { id: 'pending', type: 'relation', entity: '', label };
    const removed: FieldDef = { ...pending, id: 'gone', removed: true };
    expect(entityPropertyProblems(contextWith(pending, removed)).map((entry) => entry.field.id)).toEqual(['pending']);
  });
});
