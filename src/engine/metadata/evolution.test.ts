import { describe, expect, it } from 'vitest';
import type { EntityDef } from './entity';
import { checkEntityEvolution, planFieldConversions } from './evolution';
import type { FieldDef } from './field';

const label = { 'zh-CN': '字段' };
const entityWith = (field: FieldDef): EntityDef => ({ schemaVersion: 1, key: 'things', label, fields: [field] }) as EntityDef;
const options = (...values: string[]) => values.map((value) => ({ value, label }));

const text: FieldDef = { id: 'f', label, type: 'text' };
const longText: FieldDef = { id: 'f', label, type: 'long_text' };
const email: FieldDef = { id: 'f', label, type: 'email' };
const integer: FieldDef = { id: 'f', label, type: 'number', integer: true, precision: 18, scale: 2 };
const decimal = (precision: number, scale: number): FieldDef => ({ id: 'f', label, type: 'number', integer: false, precision, scale });
const money: FieldDef = { id: 'f', label, type: 'money', currency: 'CNY' };
const single = (...values: string[]): FieldDef => ({ id: 'f', label, type: 'single_select', options: options(...values) });
const multi = (...values: string[]): FieldDef => ({ id: 'f', label, type: 'multi_select', options: options(...values) });

function plan(from: FieldDef, to: FieldDef) {
  const problems = checkEntityEvolution(entityWith(from), entityWith(to));
  return { problems, checks: planFieldConversions(entityWith(from), entityWith(to)).map((conversion) => conversion.checks) };
}

describe('type changes between entity versions', () => {
  it.each([
    ['text → long_text', text, longText],
    ['email → text', email, text],
    ['single_select → text', single('a'), text],
    ['integer → wide decimal', integer, decimal(30, 2)],
    ['decimal → money within 16 digits and 2 decimals', decimal(12, 2), money],
    ['precision and scale widened', decimal(10, 2), decimal(14, 4)],
    ['date → datetime', { id: 'f', label, type: 'date' } as FieldDef, { id: 'f', label, type: 'datetime' } as FieldDef],
  ])('%s is safe: allowed with nothing to check', (_name, from, to) => {
    expect(plan(from, to)).toEqual({ problems: [], checks: [[]] });
  });

  it.each([
    ['text → number', text, decimal(18, 2), [{ kind: 'number', integer: false, precision: 18, scale: 2 }]],
    ['text → money', text, money, [{ kind: 'number', integer: false, precision: 18, scale: 2 }]],
    ['text → date', text, { id: 'f', label, type: 'date' } as FieldDef, [{ kind: 'date' }]],
    ['text → email', text, email, [{ kind: 'email' }]],
    ['text → phone', text, { id: 'f', label, type: 'phone' } as FieldDef, [{ kind: 'phone' }]],
    ['long_text → text', longText, text, [{ kind: 'max_length', max: 500 }]],
    ['long_text → text of 80', longText, { ...text, maxLength: 80 } as FieldDef, [{ kind: 'max_length', max: 80 }]],
    ['money → integer', money, integer, [{ kind: 'number', integer: true, precision: 19, scale: 0 }]],
    ['integer → money (19 digits do not fit 16)', integer, money, [{ kind: 'number', integer: false, precision: 18, scale: 2 }]],
    ['scale narrowed', decimal(18, 4), decimal(18, 2), [{ kind: 'number', integer: false, precision: 18, scale: 2 }]],
    ['option removed', single('a', 'b'), single('a'), [{ kind: 'options', values: ['a'] }]],
    ['multi → single', multi('a', 'b'), single('a', 'b'), [{ kind: 'single_value' }]],
    ['text → single_select', text, single('a'), [{ kind: 'options', values: ['a'] }]],
  ])('%s is allowed once stored values pass the checks', (_name, from, to, checks) => {
    expect(plan(from, to)).toEqual({ problems: [], checks: [checks] });
  });

  it('needs no conversion when nothing about the storage changes', () => {
    expect(plan(single('a'), single('a', 'b'))).toEqual({ problems: [], checks: [] });
    expect(plan(text, { ...text, label: { 'zh-CN': '新' } } as FieldDef)).toEqual({ problems: [], checks: [] });
  });

  it.each([
    ['text → boolean', text, { id: 'f', label, type: 'boolean' } as FieldDef],
    ['number → text', integer, text],
    ['datetime → date', { id: 'f', label, type: 'datetime' } as FieldDef, { id: 'f', label, type: 'date' } as FieldDef],
    ['relation → text', { id: 'f', label, type: 'relation', entity: 'x' } as FieldDef, text],
  ])('%s is refused with the reason', (_name, from, to) => {
    expect(plan(from, to).problems).toEqual([`field "f" cannot change type from ${from.type} to ${to.type}`]);
  });

  it('still refuses deleting a field', () => {
    const next = { ...entityWith(text), fields: [{ ...email, id: 'g' }] } as EntityDef;
    expect(checkEntityEvolution(entityWith(text), next)).toEqual(['field "f" cannot be deleted; mark it removed to hide it and keep its data']);
  });
});
