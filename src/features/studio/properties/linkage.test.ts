import { describe, expect, it } from 'vitest';
import type { FieldDef, FieldOf } from '@/engine/metadata/field';
import { canCopy, canHaveCopyFrom, copySourceFields, filterSourceFields, filterTargetFields, relationFields, valueKind, withCopyFrom, withFilterBy } from './linkage';
import { customers, orders } from './test-entities';

const label = { 'zh-CN': '字段' };
const field = (id: string) => orders.fields.find((candidate) => candidate.id === id)!;

describe('canCopy', () => {
  it('copies into columns that hold the value', () => {
    const money: FieldDef = { id: 'price', type: 'money', currency: 'CNY', label };
    const whole: FieldDef = { id: 'n', type: 'number', integer: true, precision: 18, scale: 0, label };
    expect(copySourceFields(customers, field('contact')).map((source) => source.id)).toEqual(['name', 'phone', 'region']);
    expect(copySourceFields(customers, money).map((source) => source.id)).toEqual(['credit', 'visits']);
    expect(copySourceFields(customers, whole).map((source) => source.id)).toEqual(['visits']);
    expect(canCopy(customers.fields[0], { id: 'p', type: 'phone', label })).toBe(false);
  });

  it('never copies into relations or computed fields', () => {
    expect(canHaveCopyFrom(field('customer'))).toBe(false);
    expect(canHaveCopyFrom({ id: 'f', type: 'formula', expression: 1, resultType: 'number', label })).toBe(false);
    expect(canHaveCopyFrom(field('contact'))).toBe(true);
  });
});

describe('withCopyFrom', () => {
  it('drops the defaults, since the server fills the value', () => {
    const withDefault: FieldDef = { ...field('contact'), defaultValue: 'x', defaultFrom: { kind: 'currentUser' } };
    expect(withCopyFrom(withDefault, { relation: 'customer', field: 'name' })).toEqual({ ...field('contact'), copyFrom: { relation: 'customer', field: 'name' } });
    expect(withCopyFrom({ ...field('contact'), copyFrom: { relation: 'customer', field: 'name' } }, undefined)).toEqual(field('contact'));
  });
});

describe('relation fields and filters', () => {
  it('lists relations that point somewhere, other than the one being edited', () => {
    const unchosen: FieldDef = { id: 'pending', type: 'relation', entity: '', label };
    const entity = { ...orders, fields: [...orders.fields, unchosen] };
    expect(relationFields(entity).map((relation) => relation.id)).toEqual(['customer']);
    expect(relationFields(entity, 'customer')).toEqual([]);
  });

  it('pairs filter fields of the same kind', () => {
    const relation = field('customer') as FieldOf<'relation'>;
    expect(filterSourceFields(orders, relation).map((source) => source.id)).toEqual(['customer_region', 'contact', 'amount']);
    expect(filterTargetFields(customers, field('customer_region')).map((target) => target.id)).toEqual(['name', 'phone', 'region']);
    expect(filterTargetFields(customers, field('amount')).map((target) => target.id)).toEqual(['credit', 'visits']);
    expect(valueKind(field('customer'))).toBe('relation:customers');
  });

  it('stores a filter only once both sides are chosen', () => {
    const relation = field('customer') as FieldOf<'relation'>;
    expect(withFilterBy(relation, { sourceField: 'customer_region' })).toEqual(relation);
    expect(withFilterBy(relation, { sourceField: 'customer_region', targetField: 'region' }).filterBy).toEqual({ sourceField: 'customer_region', targetField: 'region' });
  });
});
