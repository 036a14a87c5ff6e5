import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIn } from '@/engine/forms/rule-context';
import { contacts, quoteLines, quotes } from '@/engine/forms/test-fixtures';
import type { DbHandle } from '../db/types';
import type { Actor } from '../auth/actor';
import { loadActor } from '../auth/load-actor';
import { createUser } from '../bootstrap/users';
import { AppError } from '../errors';
import { publishOrderEntities } from '../testing/fixtures';
import { openTestDb, testDrivers } from '../testing/test-db';
import { BUSINESS_TIME_ZONE } from './business-time-zone';
import { createRecord } from './create-record';
import { getRecord } from './get-record';
import { listRecords } from './list-records';
import { publishEntities } from './publish-entities';
import { updateRecord } from './update-record';

type FieldErrorBody = { field: string; code: string; message: string; params?: Record<string, unknown> };

async function refusal(promise: Promise<unknown>): Promise<{ error: AppError; fields: FieldErrorBody[] }> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).status).toBe(422);
  expect((error as AppError).code).toBe('validation_failed');
  return { error: error as AppError, fields: ((error as AppError).details as { fields: FieldErrorBody[] }).fields };
}

describe.each(testDrivers())('form rules enforced by the record services on %s', (driver) => {
  let handle: DbHandle;
  let seller: Actor;
  let acme: string;
  let globex: string;
  let acmeContact: string;

  const count = async () => (await listRecords(handle.db, seller, 'quotes', {})).total;
  const company = { customer_type: 'company', company_name: 'Acme Ltd', amount: '500.00' };

  beforeAll(async () => {
    handle = await openTestDb(driver);
    await publishOrderEntities(handle.db);
    await publishEntities(handle.db, { entities: [contacts, quotes, quoteLines] });
    const { id } = await createUser(handle.db, { username: 'wang.fang', displayName: '王芳', password: 'test-password', roles: ['admin'] });
    seller = (await loadActor(handle.db, id))!;
    const customer = (name: string) => createRecord(handle.db, seller, 'customers', { name, region: 'east', phone: '+86 138 0000 0000' });
    [acme, globex] = (await Promise.all([customer('Acme'), customer('Globex')])).map((record) => record.id);
    acmeContact = (await createRecord(handle.db, seller, 'contacts', { name: 'Ann', customer: acme })).id;
  });
  afterAll(() => handle?.close());

  it('refuses a record missing a field its requiredWhen asks for, with 422 on that field and nothing written', async () => {
    const before = await count();
    const { fields } = await refusal(createRecord(handle.db, seller, 'quotes', { ...company, amount: '20000.00' }));
    expect(fields).toEqual([{ field: 'tax_id', code: 'required', message: 'Tax id is required', params: { label: { 'zh-CN': '税号', en: 'Tax id' } } }]);
    expect(await count()).toBe(before);
    await expect(createRecord(handle.db, seller, 'quotes', { ...company, amount: '20000.00', tax_id: 'T-1' })).resolves.toMatchObject({ tax_id: 'T-1' });
  });

  it('does not require a field hidden by its visibleWhen, even one marked required', async () => {
    await expect(createRecord(handle.db, seller, 'quotes', { customer_type: 'person', amount: '10.00' })).resolves.toMatchObject({ company_name: null });
    const { fields } = await refusal(createRecord(handle.db, seller, 'quotes', { customer_type: 'company', amount: '10.00' }));
    expect(fields.map((field) => field.field)).toEqual(['company_name']);
  });

  it('returns the designer message of a failed validation, in zh-CN unless the caller language is known', async () => {
    const body = { ...company, start_date: '2024-03-10', end_date: '2024-03-01' };
    const { fields } = await refusal(createRecord(handle.db, seller, 'quotes', body));
    expect(fields).toEqual([
      { field: 'end_date', code: 'rule_failed', message: '结束日期不能早于开始日期', params: { label: { 'zh-CN': '结束日期', en: 'End' }, validation: 'end_after_start' } },
    ]);
    const english = await refusal(createRecord(handle.db, seller, 'quotes', body, { locale: 'en' }));
    expect(english.fields[0].message).toBe('The end date cannot be before the start date');
    const whole = await refusal(createRecord(handle.db, seller, 'quotes', { ...company, amount: '0' }));
    expect(whole.fields).toMatchObject([{ field: '', code: 'rule_failed', message: '报价金额不能为 0' }]);
  });

  it('evaluates a PATCH on the stored record with the changes applied', async () => {
    const quote = await createRecord(handle.db, seller, 'quotes', { ...company, start_date: '2024-03-10' });
    const { fields } = await refusal(updateRecord(handle.db, seller, 'quotes', quote.id, 1, { amount: '20000.00' }));
    expect(fields.map((field) => `${field.field}:${field.code}`)).toEqual(['tax_id:required']);
    const dates = await refusal(updateRecord(handle.db, seller, 'quotes', quote.id, 1, { end_date: '2024-03-01' }));
    expect(dates.fields.map((field) => `${field.field}:${field.code}`)).toEqual(['end_date:rule_failed']);
    expect(await getRecord(handle.db, seller, 'quotes', quote.id)).toMatchObject({ version: 1, amount: '500.00', end_date: null });
    await expect(updateRecord(handle.db, seller, 'quotes', quote.id, 1, { amount: '20000.00', tax_id: 'T-2', end_date: '2024-03-12' })).resolves.toMatchObject({ version: 2 });
  });

  it('stores defaults from today, the current user and rules when the client gives no value', async () => {
    const today = todayIn(new Date(), BUSINESS_TIME_ZONE);
    const quote = await createRecord(handle.db, seller, 'quotes', { amount: '10.00' });
    expect(quote).toMatchObject({ owner: '王芳', quote_date: today, channel: 'web' });
    expect(quote.valid_until).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Date.parse(`${quote.valid_until}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)).toBe(30 * 86_400_000);
    const given = await createRecord(handle.db, seller, 'quotes', { amount: '10.00', owner: 'someone else', quote_date: '2024-01-31' });
    expect(given).toMatchObject({ owner: 'someone else', quote_date: '2024-01-31', valid_until: '2024-03-01' });
  });

  it('refuses a picked record that does not match the picker filter, on create and when the compared field changes', async () => {
    const before = await count();
    const { fields } = await refusal(createRecord(handle.db, seller, 'quotes', { amount: '10.00', customer: globex, contact: acmeContact }));
    expect(fields).toMatchObject([{ field: 'contact', code: 'rule_failed', params: { filterBy: { targetField: 'customer', sourceField: 'customer' } } }]);
    expect(await count()).toBe(before);
    const quote = await createRecord(handle.db, seller, 'quotes', { amount: '10.00', customer: acme, contact: acmeContact });
    expect(quote._display).toMatchObject({ contact: 'Ann' });
    await refusal(updateRecord(handle.db, seller, 'quotes', quote.id, 1, { customer: globex }));
    await expect(updateRecord(handle.db, seller, 'quotes', quote.id, 1, { customer: globex, contact: null })).resolves.toMatchObject({ version: 2 });
  });

  it('checks child rows with the child entity rules', async () => {
    const { fields } = await refusal(
      createRecord(handle.db, seller, 'quotes', { amount: '10.00', lines: [{ item: 'Pen', qty: 1 }, { item: 'Box', qty: 101, gift: true }] }),
    );
    expect(fields.map((field) => `${field.field}:${field.code}`)).toEqual(['lines[1].gift_reason:required', 'lines[1].qty:rule_failed']);
    const quote = await createRecord(handle.db, seller, 'quotes', { amount: '10.00', lines: [{ item: 'Box', qty: 100, gift: true, gift_reason: 'launch' }] });
    expect(quote.lines).toHaveLength(1);
  });

  it('refuses to publish rules over fields that do not exist, saying which', async () => {
    const broken = { ...quotes, fields: quotes.fields.map((field) => (field.id === 'discount' ? { ...field, visibleWhen: { '>': [{ var: 'amont' }, 1] } } : field)) };
    const error = await publishEntities(handle.db, { entities: [broken] }).then(
      () => undefined,
      (caught: unknown) => caught as AppError,
    );
    expect(error?.status).toBe(422);
    expect(error?.message).toContain('Field "Discount %" (discount): its "visible when" condition uses "amont", which is not a field of "Quotes"');
  });
});
