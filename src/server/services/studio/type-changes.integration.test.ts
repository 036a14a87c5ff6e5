import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { EntityDef } from '@/engine/metadata/entity';
import type { FieldDef } from '@/engine/metadata/field';
import { queryOne, queryRows } from '../../db/sql';
import type { DbHandle } from '../../db/types';
import type { Actor } from '../../auth/actor';
import { AppError } from '../../errors';
import { openTestDb, testDrivers } from '../../testing/test-db';
import { testActor } from '../../testing/test-actors';
import { createStockedProduct, publishOrderEntities } from '../../testing/fixtures';
import { createRecord } from '../create-record';
import { loadRegistry } from '../entity-registry';
import { getRecord } from '../get-record';
import { publishEntities } from '../publish-entities';
import { getStudioDraft, listStudioVersions, saveStudioDraft } from './form-drafts';
import { publishStudioDraft } from './publish-studio';

const label = (text: string) => ({ 'zh-CN': text, en: text });
const options = (...values: string[]) => values.map((value) => ({ value, label: label(value) }));
const field = (id: string, type: string, extra: Record<string, unknown> = {}) => ({ id, type, label: label(id), ...extra }) as FieldDef;

const gadgets: EntityDef = {
  schemaVersion: 1,
  key: 'gadgets',
  label: label('Gadgets'),
  titleField: 'name',
  fields: [
    field('name', 'text'),
    field('notes', 'text'),
    field('contact_email', 'email'),
    field('qty', 'number', { integer: true, precision: 18, scale: 2 }),
    field('price', 'number', { integer: false, precision: 12, scale: 2 }),
    field('ship_date', 'date'),
    field('size', 'single_select', { options: options('s', 'm', 'l') }),
    field('weight', 'number', { integer: false, precision: 10, scale: 2 }),
    field('code_text', 'text'),
    field('amount_text', 'text'),
    field('day_text', 'text'),
    field('mail_text', 'text'),
    field('phone_text', 'text'),
    field('summary', 'long_text'),
    field('fee', 'money', { currency: 'CNY' }),
    field('tags', 'multi_select', { options: options('a', 'b') }),
    field('level', 'single_select', { options: options('x', 'y', 'z') }),
    field('serial', 'text'),
  ],
};

/** Each field's new shape: safe changes first, then the ones whose stored values are checked. */
const converted: Record<string, Record<string, unknown>> = {
  notes: { type: 'long_text' },
  contact_email: { type: 'text' },
  qty: { type: 'number', integer: false, precision: 30, scale: 2 },
  price: { type: 'money', currency: 'CNY' },
  ship_date: { type: 'datetime' },
  size: { type: 'text', options: undefined },
  weight: { type: 'number', integer: false, precision: 14, scale: 4 },
  code_text: { type: 'number', integer: false, precision: 18, scale: 2 },
  amount_text: { type: 'money', currency: 'CNY' },
  day_text: { type: 'date' },
  mail_text: { type: 'email' },
  phone_text: { type: 'phone' },
  summary: { type: 'text', maxLength: 100 },
  fee: { type: 'number', integer: true, precision: 18, scale: 2, currency: undefined },
  tags: { type: 'single_select' },
  level: { options: options('x', 'y') },
};

function withChanges(entity: EntityDef, changes: Record<string, Record<string, unknown>>): EntityDef {
  return {
    ...entity,
    fields: entity.fields.map((candidate) => {
      const change = changes[candidate.id];
      if (!change) return candidate;
      const merged: Record<string, unknown> = { ...candidate, ...change };
      for (const key of Object.keys(merged)) if (merged[key] === undefined) delete merged[key];
      return merged as FieldDef;
    }),
  };
}

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe.each(testDrivers())('type changes published from the studio on %s', (driver) => {
  let handle: DbHandle;
  let admin: Actor;
  let designer: Actor;
  let first: string;
  let second: string;

  /** From the published definition, so a draft left by a refused publish does not carry over. */
  const publishChanges = async (key: string, changes: Record<string, Record<string, unknown>>) => {
    const draft = await getStudioDraft(handle.db, designer, key);
    const published = (await loadRegistry(handle.db)).get(key)!;
    await saveStudioDraft(handle.db, designer, key, { ...draft, entity: withChanges(published, changes) });
    return publishStudioDraft(handle.db, designer, key);
  };
  const columnType = async (table: string, name: string) =>
    (await queryOne<{ type: string }>(handle.db, sql`select format_type(atttypid, atttypmod) as type from pg_attribute where attrelid = to_regclass(${table}) and attname = ${name}`))?.type;

  beforeAll(async () => {
    handle = await openTestDb(driver);
    await publishOrderEntities(handle.db);
    await publishEntities(handle.db, { entities: [gadgets] });
    [admin, designer] = await Promise.all([testActor(handle.db, ['admin']), testActor(handle.db, ['designer'])]);
    first = (
      await createRecord(handle.db, admin, 'gadgets', {
        name: 'First', notes: 'fragile', contact_email: 'buyer@example.cn', qty: 5, price: '9.90', ship_date: '2024-05-02', size: 'm', weight: '1.50',
        code_text: ' 7.5 ', amount_text: '12.34', day_text: '2024-02-29', mail_text: 'a@b.cn', phone_text: '+86 138 0000 0000', summary: 'short',
        fee: '12.00', tags: ['a'], level: 'x', serial: 'abc',
      })
    ).id;
    second = (await createRecord(handle.db, admin, 'gadgets', { name: 'Second', code_text: '12', tags: [], level: 'y', serial: 'n/a' })).id;
    await createRecord(handle.db, admin, 'gadgets', { name: 'Third', serial: '12' });
    await createRecord(handle.db, admin, 'gadgets', { name: 'Fourth', serial: 'x1' });
    await createRecord(handle.db, admin, 'gadgets', { name: 'Fifth', serial: 'abc' });
  });
  afterAll(() => handle?.close());

  it('refuses a change whose stored values do not convert, naming the field, the count and examples, and changes nothing', async () => {
    const versions = await listStudioVersions(handle.db, designer, 'gadgets');
    const before = await queryRows(handle.db, sql`select * from e_gadgets order by name`);
    // code_text would convert; it must stay text all the same, since the publish as a whole is refused.
    const error = await rejection(publishChanges('gadgets', { code_text: converted.code_text, serial: { type: 'number', integer: true } }));
    expect(error.status).toBe(422);
    expect(error.message).toContain('field "serial" cannot become number: 4 records hold values that do not convert (e.g. "abc", "n/a", "x1")');
    expect((error.details as { fields: unknown[] }).fields).toEqual([
      expect.objectContaining({ entity: 'gadgets', field: 'serial', code: 'not_convertible', count: 4, examples: ['abc', 'n/a', 'x1'] }),
    ]);
    expect(await columnType('e_gadgets', 'serial')).toBe('text');
    expect(await columnType('e_gadgets', 'code_text')).toBe('text');
    expect(await queryRows(handle.db, sql`select * from e_gadgets order by name`)).toEqual(before);
    expect((await loadRegistry(handle.db)).get('gadgets')).toEqual(gadgets);
    expect(await listStudioVersions(handle.db, designer, 'gadgets')).toEqual(versions);
  });

  it('refuses a date that is not in the calendar and an option still in use', async () => {
    await handle.db.execute(sql`update e_gadgets set day_text = '2023-02-29' where name = 'Third'`);
    const error = await rejection(publishChanges('gadgets', { day_text: { type: 'date' }, level: { options: options('x') } }));
    expect(error.status).toBe(422);
    expect((error.details as { fields: unknown[] }).fields).toEqual([
      expect.objectContaining({ field: 'day_text', count: 1, examples: ['2023-02-29'] }),
      expect.objectContaining({ field: 'level', count: 1, examples: ['y'] }),
    ]);
    await handle.db.execute(sql`update e_gadgets set day_text = null where name = 'Third'`);
  });

  it('converts every allowed change and keeps the data', async () => {
    await publishChanges('gadgets', converted);
    expect(await columnType('e_gadgets', 'qty')).toBe('numeric(30,2)');
    expect(await columnType('e_gadgets', 'ship_date')).toBe('timestamp with time zone');
    expect(await columnType('e_gadgets', 'tags')).toBe('text');
    expect(await getRecord(handle.db, admin, 'gadgets', first)).toMatchObject({
      notes: 'fragile',
      contact_email: 'buyer@example.cn',
      qty: '5.00',
      price: '9.90',
      // Midnight of that day in the business time zone (Asia/Shanghai).
      ship_date: '2024-05-01T16:00:00.000Z',
      size: 'm',
      weight: '1.5000',
      code_text: '7.50',
      amount_text: '12.34',
      day_text: '2024-02-29',
      mail_text: 'a@b.cn',
      phone_text: '+86 138 0000 0000',
      summary: 'short',
      fee: 12,
      tags: 'a',
      level: 'x',
    });
    expect(await getRecord(handle.db, admin, 'gadgets', second)).toMatchObject({ code_text: '12.00', tags: null, level: 'y' });
    // New records are validated against the new types.
    const created = await createRecord(handle.db, admin, 'gadgets', { name: 'Sixth', code_text: '3.25', tags: 'b', ship_date: '2024-06-01T08:00:00Z' });
    expect(created).toMatchObject({ code_text: '3.25', tags: 'b', ship_date: '2024-06-01T08:00:00.000Z' });
  });

  it('recomputes a generated column over a converted field and keeps its CHECKs and indexes', async () => {
    const product = await createStockedProduct(handle.db, admin, { sku: 'TC-1', name: 'Type change tea', unit_price: '5.00' }, 10);
    await publishChanges('stock', { on_hand: { integer: false, precision: 18, scale: 2 } });
    expect(await columnType('e_stock', 'on_hand')).toBe('numeric(18,2)');
    const stock = await queryOne<{ on_hand: string; available: string }>(handle.db, sql`select on_hand::text, available::text from e_stock where product = ${product}`);
    expect(stock).toEqual({ on_hand: '10.00', available: '10' });
    const checks = await queryRows<{ conname: string }>(handle.db, sql`select conname from pg_constraint where conrelid = 'e_stock'::regclass and contype = 'c' order by conname`);
    expect(checks.map((check) => check.conname)).toEqual(['e_stock_ck_on_hand_not_negative', 'e_stock_ck_reserved_not_negative', 'e_stock_ck_reserved_within_on_hand']);
    await expect(handle.db.execute(sql`update e_stock set reserved = 11 where product = ${product}`)).rejects.toThrow();
    // Reserving stock through an order still moves the counters and the generated column follows.
    const customer = (await createRecord(handle.db, admin, 'customers', { name: 'Type change customer' })).id;
    await createRecord(handle.db, admin, 'orders', { customer, lines: [{ product, qty: 4 }] });
    const after = await queryOne<{ reserved: string; available: string }>(handle.db, sql`select reserved::text, available::text from e_stock where product = ${product}`);
    expect(after).toEqual({ reserved: '4', available: '6' });
    await expect(createStockedProduct(handle.db, admin, { sku: 'TC-2', name: 'Second tea', unit_price: '5.00' }, 1)).resolves.toBeDefined();
    await expect(handle.db.execute(sql`insert into e_stock (product, on_hand) values (${product}, 1)`)).rejects.toThrow();
  });
});
