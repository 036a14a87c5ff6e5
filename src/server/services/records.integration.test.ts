import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../db/sql';
import type { DbHandle } from '../db/types';
import type { Actor } from '../auth/actor';
import { AppError } from '../errors';
import { openTestDb, testDrivers } from '../testing/test-db';
import { testActor } from '../testing/test-actors';
import { createStockedProduct, publishOrderEntities } from '../testing/fixtures';
import { readTemplateEntities } from '../bootstrap/sample-content';
import { createRecord } from './create-record';
import { deleteRecord } from './delete-record';
import { getRecord } from './get-record';
import { listRecords } from './list-records';
import { publishEntities } from './publish-entities';
import { recordHistory } from './record-history';
import { updateRecord } from './update-record';

async function expectAppError(promise: Promise<unknown>, status: number, code: string): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).status).toBe(status);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

describe.each(testDrivers())('records on %s', (driver) => {
  let handle: DbHandle;
  let clerk: Actor;
  let admin: Actor;
  let purchasing: Actor;
  let productId: string;

  beforeAll(async () => {
    handle = await openTestDb(driver);
    await publishOrderEntities(handle.db);
    [clerk, admin, purchasing] = await Promise.all([testActor(handle.db, ['clerk']), testActor(handle.db, ['admin']), testActor(handle.db, ['purchasing'])]);
    productId = await createStockedProduct(handle.db, admin, { sku: 'P-1', name: 'Widget', unit_price: '19.99' }, 100_000);
  });
  afterAll(() => handle?.close());

  const newCustomer = (name: string) => createRecord(handle.db, clerk, 'customers', { name, region: 'east', phone: '+86 138 0000 0000' });

  it('creates tables on publish with typed columns', async () => {
    const columns = await queryRows<{ column_name: string; data_type: string }>(
      handle.db,
      sql`select column_name, data_type from information_schema.columns where table_name = 'e_order_lines' order by ordinal_position`,
    );
    expect(Object.fromEntries(columns.map((c) => [c.column_name, c.data_type]))).toMatchObject({
      id: 'uuid', version: 'integer', parent_id: 'uuid', product: 'uuid', unit_price: 'numeric', qty: 'bigint', line_amount: 'numeric',
    });
  });

  it('creates a record with line items, server-computed amounts, price snapshots and an auto number', async () => {
    const customer = await newCustomer('Acme');
    const order = await createRecord(handle.db, clerk, 'orders', {
      customer: customer.id,
      status: 'draft',
      lines: [
        { product: productId, qty: 3, line_amount: '1.00' },
        { product: productId, unit_price: '0.01', qty: 2 },
      ],
    });
    expect(order.order_no).toMatch(/^SO-\d{8}-\d{4}$/);
    expect(order._display).toEqual({ customer: 'Acme' });
    const lines = order.lines as Array<Record<string, unknown>>;
    expect(lines.map((line) => line.unit_price)).toEqual(['19.99', '19.99']);
    expect(lines.map((line) => line.line_amount)).toEqual(['59.97', '39.98']);
    expect(order.total_amount).toBe('99.95');
    expect(order.status).toBe('draft');
    expect(lines[0]._display).toEqual({ product: 'Widget' });
    expect(order.version).toBe(1);
  });

  it('numbers concurrent orders distinctly', async () => {
    const customer = await newCustomer('Parallel');
    const orders = await Promise.all(
      Array.from({ length: 8 }, () => createRecord(handle.db, clerk, 'orders', { customer: customer.id, lines: [{ product: productId, unit_price: '1.00', qty: 1 }] })),
    );
    expect(new Set(orders.map((order) => order.order_no)).size).toBe(8);
  });

  it('refuses invalid input with every field error and writes nothing', async () => {
    const before = await listRecords(handle.db, clerk, 'orders', {});
    const error = await expectAppError(
      createRecord(handle.db, clerk, 'orders', { customer: 'not-a-uuid', status: 'teleported', bogus: 1, lines: [{ product: productId, unit_price: '1.001', qty: 0 }] }),
      422,
      'validation_failed',
    );
    const fields = (error.details as { fields: Array<{ field: string }> }).fields.map((f) => f.field).sort();
    expect(fields).toEqual(['bogus', 'customer', 'lines[0].qty', 'status']);
    const after = await listRecords(handle.db, clerk, 'orders', {});
    expect(after.total).toBe(before.total);
  });

  it('rejects a relation to a record that does not exist with 422 on that field and writes nothing', async () => {
    const before = await listRecords(handle.db, clerk, 'orders', {});
    const error = await expectAppError(
      createRecord(handle.db, clerk, 'orders', { customer: '00000000-0000-4000-8000-000000000000', lines: [{ product: productId, unit_price: '1.00', qty: 1 }] }),
      422,
      'validation_failed',
    );
    expect(error.details).toMatchObject({ fields: [{ field: 'customer' }] });
    expect((await listRecords(handle.db, clerk, 'orders', {})).total).toBe(before.total);
  });

  it('refuses to delete a record other records still point at', async () => {
    const customer = await newCustomer('Referenced');
    await createRecord(handle.db, clerk, 'orders', { customer: customer.id, lines: [{ product: productId, unit_price: '1.00', qty: 1 }] });
    await expectAppError(deleteRecord(handle.db, admin, 'customers', customer.id), 409, 'conflict');
  });

  it('filters, sorts and pages', async () => {
    await newCustomer('Filter North A').then((c) => updateRecord(handle.db, clerk, 'customers', c.id, 1, { region: 'north' }));
    await newCustomer('Filter North B').then((c) => updateRecord(handle.db, clerk, 'customers', c.id, 1, { region: 'north' }));
    const page = await listRecords(handle.db, clerk, 'customers', {
      filter: JSON.stringify({ and: [{ field: 'region', op: 'eq', value: 'north' }, { field: 'name', op: 'contains', value: 'filter' }] }),
      sort: '-name',
      pageSize: '1',
    });
    expect(page.total).toBe(2);
    expect(page.data.map((c) => c.name)).toEqual(['Filter North B']);
    await expectAppError(listRecords(handle.db, clerk, 'customers', { filter: '{"field":"nope","op":"eq","value":1}' }), 400, 'validation_failed');
    await expectAppError(listRecords(handle.db, clerk, 'customers', { filter: '{"field":"name","op":"like","value":"x"}' }), 400, 'validation_failed');
    await expectAppError(listRecords(handle.db, clerk, 'customers', { filter: '{oops' }), 400, 'validation_failed');
  });

  it('sorts money and dates by value, not by their text', async () => {
    for (const [sku, price] of [['S-880', '880.00'], ['S-59', '59.90'], ['S-299', '299.00']]) {
      await createRecord(handle.db, admin, 'products', { sku, name: sku, unit_price: price, category: 'sorting' });
    }
    const filter = JSON.stringify({ field: 'category', op: 'eq', value: 'sorting' });
    const page = await listRecords(handle.db, clerk, 'products', { filter, sort: '-unit_price' });
    expect(page.data.map((p) => p.unit_price)).toEqual(['880.00', '299.00', '59.90']);
  });

  it('treats LIKE wildcards in a contains filter literally', async () => {
    await newCustomer('100% Real');
    const page = await listRecords(handle.db, clerk, 'customers', { filter: JSON.stringify({ field: 'name', op: 'contains', value: '%' }) });
    expect(page.data.map((c) => c.name)).toEqual(['100% Real']);
  });

  it('updates with optimistic locking: a stale version gets 409', async () => {
    const customer = await newCustomer('Locked');
    const updated = await updateRecord(handle.db, clerk, 'customers', customer.id, 1, { level: 'vip' });
    expect(updated.version).toBe(2);
    await expectAppError(updateRecord(handle.db, clerk, 'customers', customer.id, 1, { level: 'normal' }), 409, 'conflict');
    const current = await getRecord(handle.db, clerk, 'customers', customer.id);
    expect(current.level).toBe('vip');
  });

  it('lets exactly one of two concurrent updates of the same version win', async () => {
    const customer = await newCustomer('Race');
    const results = await Promise.allSettled([
      updateRecord(handle.db, clerk, 'customers', customer.id, 1, { phone: '111' }),
      updateRecord(handle.db, clerk, 'customers', customer.id, 1, { phone: '222' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason.status).toBe(409);
  });

  it('records every write in the audit log with before and after', async () => {
    const customer = await newCustomer('Audited');
    await updateRecord(handle.db, clerk, 'customers', customer.id, 1, { email: 'a@example.com' });
    const history = await recordHistory(handle.db, clerk, 'customers', customer.id);
    expect(history.map((entry) => entry.action)).toEqual(['update', 'create']);
    expect(history[0].before?.email).toBeNull();
    expect(history[0].after?.email).toBe('a@example.com');
    expect(history[0].actor.username).toBe(clerk.username);
  });

  it('enforces entity permissions', async () => {
    await expectAppError(createRecord(handle.db, purchasing, 'customers', { name: 'Nope' }), 403, 'forbidden');
    const customer = await newCustomer('Undeletable by clerk');
    await expectAppError(deleteRecord(handle.db, clerk, 'customers', customer.id), 403, 'forbidden');
    await deleteRecord(handle.db, admin, 'customers', customer.id);
    await expectAppError(getRecord(handle.db, clerk, 'customers', customer.id), 404, 'not_found');
  });

  it('adds a field without touching existing records and hides a removed field while keeping its data', async () => {
    const customer = await newCustomer('Evolving');
    const entities = readTemplateEntities() as Array<{ key: string; fields: Array<Record<string, unknown>> }>;
    const customers = entities.find((entity) => entity.key === 'customers')!;
    customers.fields.push({ id: 'vat_no', type: 'text', label: { 'zh-CN': '税号', en: 'VAT number' } });
    const first = await publishEntities(handle.db, { entities: [customers] });
    expect(first.published).toEqual([{ key: 'customers', version: 2 }]);
    const reread = await getRecord(handle.db, clerk, 'customers', customer.id);
    expect(reread).toMatchObject({ name: 'Evolving', region: 'east', vat_no: null, version: 1 });

    await updateRecord(handle.db, clerk, 'customers', customer.id, 1, { vat_no: 'VAT-9' });
    customers.fields.find((field) => field.id === 'vat_no')!.removed = true;
    await publishEntities(handle.db, { entities: [customers] });
    expect(await getRecord(handle.db, clerk, 'customers', customer.id)).not.toHaveProperty('vat_no');
    const [raw] = await queryRows<{ vat_no: string }>(handle.db, sql`select vat_no from e_customers where id = ${customer.id}`);
    expect(raw.vat_no).toBe('VAT-9');

    customers.fields.find((field) => field.id === 'vat_no')!.removed = false;
    await publishEntities(handle.db, { entities: [customers] });
    expect((await getRecord(handle.db, clerk, 'customers', customer.id)).vat_no).toBe('VAT-9');
  });

  it('refuses a type change and publishes nothing', async () => {
    const entities = readTemplateEntities() as Array<{ key: string; fields: Array<Record<string, unknown>> }>;
    const products = entities.find((entity) => entity.key === 'products')!;
    products.fields.find((field) => field.id === 'category')!.type = 'boolean';
    await expectAppError(publishEntities(handle.db, { entities: [products] }), 422, 'validation_failed');
  });

  it('deletes line items with their parent', async () => {
    const customer = await newCustomer('Cascade');
    const order = await createRecord(handle.db, clerk, 'orders', { customer: customer.id, status: 'draft', lines: [{ product: productId, qty: 1 }] });
    await deleteRecord(handle.db, admin, 'orders', order.id, 1);
    const rows = await queryRows(handle.db, sql`select id from e_order_lines where parent_id = ${order.id}`);
    expect(rows).toHaveLength(0);
  });
});
