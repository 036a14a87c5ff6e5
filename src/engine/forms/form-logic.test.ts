import { describe, expect, it } from 'vitest';
import { parseEntityDef } from '../metadata';
import { newRecordDefaults } from './default-values';
import { isFieldRequired, isFieldVisible, offeredOptions } from './field-logic';
import { evaluateForm } from './form-logic';
import { holds } from './rule-context';
import { fieldRuleInputs, needsRuleCheck, ruleInputs, validationDependents } from './rule-inputs';
import { quoteLines, quoteLookup, quotes } from './test-fixtures';

const now = new Date('2024-03-10T20:00:00Z');
const context = { now, currentUser: 'Wang Fang', timeZone: 'Asia/Shanghai', lookup: quoteLookup };
const field = (id: string) => quotes.fields.find((candidate) => candidate.id === id)!;
const run = (values: Record<string, unknown>) => evaluateForm(quotes, { amount: '50.00', ...values }, context);
const problemAt = (values: Record<string, unknown>, path: string) => run(values).problems.find((problem) => problem.path === path);

describe('visibleWhen', () => {
  it('shows a field only while its rule holds', () => {
    expect(run({ customer_type: 'company' }).hidden).not.toContain('company_name');
    expect(run({ customer_type: 'person' }).hidden).toContain('company_name');
    expect(run({}).hidden).toContain('company_name');
  });

  it('never requires a hidden field, even one marked required, and reports none of its errors', () => {
    const hidden = run({ customer_type: 'person', company_name: null });
    expect(hidden.required).not.toContain('company_name');
    expect(hidden.problems.map((problem) => problem.path)).not.toContain('company_name');
    expect(problemAt({ customer_type: 'company', company_name: '' }, 'company_name')?.code).toBe('required');
  });

  it('hides fields marked hidden whatever their rules say', () => {
    expect(run({}).hidden).toContain('owner');
    expect(isFieldVisible(field('owner'), {}, context)).toBe(false);
  });

  it('drops a validation message whose fields are all hidden', () => {
    expect(problemAt({ amount: '2000.00', discount: 40 }, 'discount')?.code).toBe('rule_failed');
    expect(problemAt({ amount: '200.00', discount: 40 }, 'discount')).toBeUndefined();
  });
});

describe('requiredWhen', () => {
  it('requires a field while its rule holds', () => {
    expect(run({ customer_type: 'company', company_name: 'Acme', amount: '20000.00' }).required).toContain('tax_id');
    expect(problemAt({ customer_type: 'company', company_name: 'Acme', amount: '20000.00' }, 'tax_id')).toMatchObject({ code: 'required' });
    expect(problemAt({ customer_type: 'company', company_name: 'Acme', amount: '20000.00', tax_id: 'T-1' }, 'tax_id')).toBeUndefined();
    expect(run({ customer_type: 'company', amount: '200.00' }).required).not.toContain('tax_id');
  });

  it('reads computed values: a rollup over the lines can make a field required', () => {
    const lines = [{ item: 'A', qty: 10, unit_price: '600.00' }];
    expect(problemAt({ lines }, 'big_order_note')?.code).toBe('required');
    expect(problemAt({ lines: [{ item: 'A', qty: 1, unit_price: '600.00' }] }, 'big_order_note')).toBeUndefined();
  });

  it('checks child rows with the child entity rules, at their own paths', () => {
    const result = run({ lines: [{ item: 'A', qty: 1 }, { item: 'B', qty: 200, gift: true }] });
    expect(result.problems.filter((problem) => problem.path.startsWith('lines[')).map((problem) => [problem.path, problem.code])).toEqual([
      ['lines[1].gift_reason', 'required'],
      ['lines[1].qty', 'rule_failed'],
    ]);
    expect(result.required).toContain('lines[1].gift_reason');
  });
});

describe('rules that cannot be evaluated', () => {
  it('count as false instead of throwing', () => {
    const broken = parseEntityDef({
      schemaVersion: 1,
      key: 'broken',
      label: { 'zh-CN': '坏' },
      fields: [
        { id: 'a', type: 'text', label: { 'zh-CN': 'a' }, visibleWhen: { nope: [1] } },
        { id: 'b', type: 'text', label: { 'zh-CN': 'b' }, requiredWhen: { map: [{ var: 'list' }, { '+': [1, 1] }] } },
      ],
    });
    expect(holds({ nope: [1] }, {}, context)).toBe(false);
    expect(holds({ '+': [1, 2] }, {}, { now, ...{} })).toBe(true);
    expect(() => evaluateForm(broken, { a: 'x', b: '' }, context)).not.toThrow();
    expect(evaluateForm(broken, { a: 'x' }, context).hidden).toEqual(['a']);
    expect(isFieldRequired(broken.fields[1], { list: Array.from({ length: 200_000 }, () => 1) }, context)).toBe(false);
  });

  it('treat half-typed values as they are: a money value that is not a number yet is compared raw', () => {
    expect(() => run({ amount: '12.', discount: 'abc', start_date: '2024-13-45', end_date: 'x' })).not.toThrow();
  });
});

describe('options', () => {
  it('offers only options whose rule holds, and refuses a value not offered', () => {
    const city = field('city');
    if (city.type !== 'single_select') throw new Error('fixture');
    expect(offeredOptions(city, { region: 'east' }, context).map((option) => option.value)).toEqual(['shanghai', 'hangzhou', 'online']);
    expect(run({ region: 'north' }).options.city).toEqual(['beijing', 'online']);
    expect(problemAt({ region: 'north', city: 'shanghai' }, 'city')?.code).toBe('invalid_option');
    expect(problemAt({ region: 'east', city: 'shanghai' }, 'city')).toBeUndefined();
  });
});

describe('validations', () => {
  it('report the message next to the listed fields, or for the whole record', () => {
    expect(problemAt({ start_date: '2024-03-10', end_date: '2024-03-01' }, 'end_date')).toMatchObject({
      code: 'rule_failed',
      validation: 'end_after_start',
      message: { en: 'The end date cannot be before the start date' },
    });
    expect(problemAt({ start_date: '2024-03-10', end_date: '2024-03-10' }, 'end_date')).toBeUndefined();
    expect(problemAt({ amount: '0' }, '')).toMatchObject({ validation: 'not_zero' });
    expect(problemAt({ amount: '0.5' }, '')).toBeUndefined();
  });

  it('keep one problem per field, the requirement first', () => {
    const result = run({ customer_type: 'company', company_name: '', amount: '20000.00', discount: 50, tax_id: null });
    expect(result.problems.map((problem) => `${problem.path}:${problem.code}`)).toEqual(['company_name:required', 'tax_id:required', 'discount:rule_failed']);
  });
});

describe('defaults of a new record', () => {
  it('fills today in the business zone, the current user, rule defaults reading earlier defaults, and constants', () => {
    expect(newRecordDefaults(quotes, context)).toEqual({ owner: 'Wang Fang', quote_date: '2024-03-11', valid_until: '2024-04-10', channel: 'web' });
    expect(newRecordDefaults(quotes, { now, timeZone: 'UTC' })).toEqual({ quote_date: '2024-03-10', valid_until: '2024-04-09', channel: 'web' });
  });

  it('leaves out fields the input gives, and rule defaults read the given values', () => {
    expect(newRecordDefaults(quotes, context, { quote_date: '2024-01-31', channel: null })).toEqual({ owner: 'Wang Fang', valid_until: '2024-03-01' });
  });

  it('fills child rows from the child entity', () => {
    expect(newRecordDefaults(quoteLines, context)).toEqual({});
  });
});

describe('rule inputs', () => {
  it('follow formulas and rollups to what the user types', () => {
    expect(ruleInputs(quotes, field('big_order_note').requiredWhen)).toEqual(['line_total', 'lines']);
    expect(fieldRuleInputs(quotes, field('city'))).toEqual(['region']);
    expect(fieldRuleInputs(quotes, field('contact'))).toEqual(['customer']);
    expect(fieldRuleInputs(quotes, field('tax_id'))).toEqual(['customer_type', 'amount']);
  });

  it('name the fields whose validation messages must be checked again when one changes', () => {
    expect(validationDependents(quotes).get('start_date')).toEqual(['end_date']);
    expect(validationDependents(quotes).has('amount')).toBe(false);
  });

  it('tell which entities need rule checks on write', () => {
    expect(needsRuleCheck(quotes, quoteLookup)).toBe(true);
    const plain = parseEntityDef({ schemaVersion: 1, key: 'plain', label: { 'zh-CN': 'p' }, fields: [{ id: 'a', type: 'text', label: { 'zh-CN': 'a' }, defaultFrom: { kind: 'today' } }] });
    expect(needsRuleCheck(plain, quoteLookup)).toBe(false);
  });
});
