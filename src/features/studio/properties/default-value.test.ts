import { describe, expect, it } from 'vitest';
import type { FieldDef } from '@/engine/metadata/field';
import { constantDefaultProblem, defaultKindOf, defaultKindsFor, withConstantDefault, withDefaultKind } from './default-value';

const label = { 'zh-CN': '字段' };
const text: FieldDef = { id: 'name', type: 'text', label };
const date: FieldDef = { id: 'due', type: 'date', label };
const amount: FieldDef = { id: 'amount', type: 'number', label, integer: false, precision: 18, scale: 2, min: 0, max: 100 };

describe('defaultKindsFor', () => {
  it('offers the computed defaults that fit the type', () => {
    expect(defaultKindsFor(text)).toEqual(['none', 'constant', 'currentUser', 'rule']);
    expect(defaultKindsFor(date)).toEqual(['none', 'constant', 'today', 'rule']);
    expect(defaultKindsFor({ id: 'at', type: 'datetime', label })).toEqual(['none', 'constant', 'now', 'rule']);
  });

  it('offers no constant where the schema cannot hold one, and nothing for computed fields', () => {
    expect(defaultKindsFor({ id: 'tags', type: 'multi_select', label, options: [{ value: 'a', label }] })).toEqual(['none', 'rule']);
    expect(defaultKindsFor({ id: 'no', type: 'auto_number', label, pattern: '{seq}' })).toEqual([]);
    expect(defaultKindsFor({ ...text, copyFrom: { relation: 'customer', field: 'name' } })).toEqual([]);
  });
});

describe('withDefaultKind', () => {
  it('keeps one kind of default at a time', () => {
    const constant = withConstantDefault(date, '2026-03-01');
    expect(defaultKindOf(constant)).toBe('constant');
    const today = withDefaultKind(constant, 'today');
    expect(today).toEqual({ ...date, defaultFrom: { kind: 'today' } });
    expect(defaultKindOf(today)).toBe('today');
    expect(withDefaultKind(today, 'none')).toEqual(date);
  });

  it('starts a boolean constant as "no" and keeps a rule when coming back to it', () => {
    expect(withDefaultKind({ id: 'ok', type: 'boolean', label }, 'constant')).toMatchObject({ defaultValue: false });
    const rule = { var: 'contact' };
    const withRule = { ...text, defaultFrom: { kind: 'rule' as const, rule } };
    expect(withDefaultKind(withRule, 'rule')).toEqual(withRule);
  });

  it('treats an emptied input as no default', () => {
    expect(withConstantDefault({ ...text, defaultValue: 'x' }, '')).toEqual(text);
  });
});

describe('constantDefaultProblem', () => {
  it('checks the constant like a record value', () => {
    expect(constantDefaultProblem(withConstantDefault(amount, '50.25'))).toBeUndefined();
    expect(constantDefaultProblem(withConstantDefault(amount, '150'))).toMatchObject({ code: 'out_of_range', params: { max: 100 } });
    expect(constantDefaultProblem(withConstantDefault(amount, '1.005'))).toMatchObject({ code: 'too_many_decimals' });
    expect(constantDefaultProblem(withConstantDefault(date, '2026-02-30'))).toMatchObject({ code: 'invalid_format' });
  });

  it('flags an option default whose option was deleted', () => {
    const select: FieldDef = { id: 's', type: 'single_select', label, options: [{ value: 'a', label }], defaultValue: 'b' };
    expect(constantDefaultProblem(select)).toMatchObject({ code: 'invalid_option' });
  });
});
