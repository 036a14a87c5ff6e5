import { describe, expect, it } from 'vitest';
import { contacts, quoteLookup, quotes } from '../forms/test-fixtures';
import { checkRecordRules, relationFilterError } from './record-rules';
import { validateRecordInput } from './validate-record';

const now = new Date('2024-03-10T02:00:00Z');
const context = { now, currentUser: 'Li Lei', timeZone: 'Asia/Shanghai' };
const CUSTOMER_A = '0f8fad5b-d9cb-469f-a165-70867728950e';
const CUSTOMER_B = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const CONTACT = '16fd2706-8baf-433b-82eb-8c7fada847da';
const check = (values: Record<string, unknown>, extra: { locale?: 'en' | 'zh-CN'; fresh?: string[]; changed?: string[] } = {}) =>
  checkRecordRules(quotes, { amount: '10.00', ...values }, {
    lookup: quoteLookup,
    context,
    locale: extra.locale,
    freshChildren: new Set(extra.fresh ?? ['lines']),
    changed: extra.changed ? new Set(extra.changed) : undefined,
  });

describe('validateRecordInput with form rules', () => {
  it('leaves the requirement of a conditionally shown field to the form logic', () => {
    const result = validateRecordInput(quotes, { customer_type: 'person' }, { mode: 'create', lookup: quoteLookup, context });
    expect(result.ok).toBe(true);
    const empty = validateRecordInput(quotes, { company_name: '' }, { mode: 'update', lookup: quoteLookup, context });
    expect(empty.ok).toBe(true);
  });

  it('fills computed defaults on create from the context, and not over given values', () => {
    const result = validateRecordInput(quotes, { quote_date: '2024-02-01' }, { mode: 'create', lookup: quoteLookup, context });
    expect(result.ok && result.record.values).toMatchObject({ owner: 'Li Lei', quote_date: '2024-02-01', valid_until: '2024-03-02', channel: 'web' });
    const cleared = validateRecordInput(quotes, { owner: null }, { mode: 'create', lookup: quoteLookup, context });
    expect(cleared.ok && cleared.record.values.owner).toBeNull();
    const updated = validateRecordInput(quotes, { amount: '1.00' }, { mode: 'update', lookup: quoteLookup, context });
    expect(updated.ok && updated.record.values).toEqual({ amount: '1.00' });
  });
});

describe('checkRecordRules', () => {
  it('reports conditional requirements, validations and options as API field errors with the label in params', () => {
    const { errors } = check({ customer_type: 'company', company_name: null, region: 'north', city: 'shanghai', start_date: '2024-03-02', end_date: '2024-03-01' });
    expect(errors).toEqual([
      { field: 'company_name', code: 'required', message: 'Company name is required', params: { label: { 'zh-CN': '公司名称', en: 'Company name' } } },
      { field: 'city', code: 'invalid_option', message: 'City is not one of the options offered for this record', params: { label: { 'zh-CN': '城市', en: 'City' } } },
      { field: 'end_date', code: 'rule_failed', message: '结束日期不能早于开始日期', params: { label: { 'zh-CN': '结束日期', en: 'End' }, validation: 'end_after_start' } },
    ]);
  });

  it('words the messages in the caller language when it is known', () => {
    const [required, failed] = check({ customer_type: 'company', company_name: null, start_date: '2024-03-02', end_date: '2024-03-01' }, { locale: 'en' }).errors;
    expect(required.message).toBe('Company name is required');
    expect(failed.message).toBe('The end date cannot be before the start date');
    expect(check({ customer_type: 'company' }, { locale: 'zh-CN' }).errors[0].message).toBe('公司名称为必填项');
  });

  it('leaves unconditional requirements to the input check, and rows of tables not written now alone', () => {
    const lines = [{ item: null, qty: 500, gift: true }];
    expect(check({ lines }, { fresh: [] }).errors).toEqual([]);
    expect(check({ lines }).errors.map((error) => `${error.field}:${error.code}`)).toEqual(['lines[0].gift_reason:required', 'lines[0].qty:rule_failed']);
  });

  it('lists picker filters to check: with a value on both sides, and on update only when either side changes', () => {
    expect(check({ customer: CUSTOMER_A, contact: CONTACT }).filterChecks).toMatchObject([{ path: 'contact', recordId: CONTACT, expected: CUSTOMER_A }]);
    expect(check({ contact: CONTACT }).filterChecks).toEqual([]);
    expect(check({ customer: CUSTOMER_A, contact: CONTACT }, { changed: ['amount'] }).filterChecks).toEqual([]);
    expect(check({ customer: CUSTOMER_A, contact: CONTACT }, { changed: ['customer'] }).filterChecks).toHaveLength(1);
  });

  it('refuses a picked record whose compared field does not match', () => {
    const [filter] = check({ customer: CUSTOMER_A, contact: CONTACT }).filterChecks;
    const target = contacts.fields.find((field) => field.id === 'customer')!;
    expect(relationFilterError(filter, target, CUSTOMER_A.toUpperCase())).toBeNull();
    expect(relationFilterError(filter, target, CUSTOMER_B, 'zh-CN')).toMatchObject({ field: 'contact', code: 'rule_failed', message: '联系人只能选择客户与客户一致的记录' });
    expect(relationFilterError(filter, target, null)?.message).toBe('Contact must be a record whose Customer matches Customer');
  });
});
