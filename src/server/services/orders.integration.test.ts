import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryOne, queryRows } from '../db/sql';
import type { DbHandle } from '../db/types';
import type { Actor } from '../auth/actor';
import { AppError } from '../errors';
import { openTestDb, testDrivers } from '../testing/test-db';
import { testActor } from '../testing/test-actors';
import { createStockedProduct, publishOrderEntities } from '../testing/fixtures';
import { createRecord, createRecordReplayable } from './create-record';
import { runAction } from './run-action';
import { listRecords } from './list-records';
import { updateRecord } from './update-record';
import { requestHash } from './idempotency';

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe.each(testDrivers())('orders, stock and state actions on %s', (driver) => {
  let handle: DbHandle;
  let admin: Actor;
  let clerk: Actor;
  let finance: Actor;
  let customer: string;

  beforeAll(async () => {
    handle = await openTestDb(driver);
    await publishOrderEntities(handle.db);
    [admin, clerk, finance] = await Promise.all([testActor(handle.db, ['admin']), testActor(handle.db, ['clerk']), testActor(handle.db, ['finance'])]);
    customer = (await createRecord(handle.db, clerk, 'customers', { name: 'Stock Buyer' })).id;
  });
  afterAll(() => handle?.close());

  const stockOf = async (product: string) =>
    (await queryOne<{ on_hand: string; reserved: string; available: string }>(
      handle.db,
      sql`select on_hand::text, reserved::text, available::text from e_stock where product = ${product}`,
    ))!;
  const orderCount = async () => Number((await queryOne<{ n: string }>(handle.db, sql`select count(*)::text as n from e_orders`))!.n);
  const order = (lines: Array<{ product: string; qty: number }>, extra: Record<string, unknown> = {}) =>
    createRecord(handle.db, clerk, 'orders', { customer, lines, ...extra });

  it('reserves stock when an order is created and writes a movement per product', async () => {
    const apple = await createStockedProduct(handle.db, admin, { sku: 'R-APPLE', name: 'Apple', unit_price: '3.50' }, 10);
    const created = await order([{ product: apple, qty: 2 }, { product: apple, qty: 1 }]);
    expect(created.status).toBe('pending_payment');
    expect(created.total_amount).toBe('10.50');
    expect(created._actions).toEqual(['cancel']);
    const dueIn = Date.parse(String(created.payment_due_at)) - Date.now();
    expect(dueIn).toBeGreaterThan(29 * 60_000);
    expect(dueIn).toBeLessThanOrEqual(30 * 60_000);
    expect(await stockOf(apple)).toEqual({ on_hand: '10', reserved: '3', available: '7' });
    const movements = await queryRows(handle.db, sql`select kind, qty::int as qty from e_stock_movements where "order" = ${created.id}`);
    expect(movements).toEqual([{ kind: 'reserve', qty: 3 }]);
  });

  it('answers 409 insufficient_stock naming each short product and line, and writes nothing', async () => {
    const pear = await createStockedProduct(handle.db, admin, { sku: 'R-PEAR', name: 'Pear', unit_price: '2.00' }, 5);
    const plum = await createStockedProduct(handle.db, admin, { sku: 'R-PLUM', name: 'Plum', unit_price: '1.00' }, 1);
    const fig = await createStockedProduct(handle.db, admin, { sku: 'R-FIG', name: 'Fig', unit_price: '1.00' }, 50);
    const before = await orderCount();
    const error = await failure(order([{ product: fig, qty: 1 }, { product: pear, qty: 6 }, { product: plum, qty: 2 }]));
    expect(error.status).toBe(409);
    expect(error.code).toBe('insufficient_stock');
    const shortages = (error.details as { shortages: Array<Record<string, unknown>> }).shortages;
    expect(shortages.map(({ title, requested, available, lines }) => ({ title, requested, available, lines })).sort((a, b) => String(a.title).localeCompare(String(b.title)))).toEqual([
      { title: 'Pear', requested: 6, available: 5, lines: [1] },
      { title: 'Plum', requested: 2, available: 1, lines: [2] },
    ]);
    expect(await orderCount()).toBe(before);
    expect(await stockOf(fig)).toEqual({ on_hand: '50', reserved: '0', available: '50' });
  });

  it('moves an order through pay, ship and complete, consuming the reservation', async () => {
    const tea = await createStockedProduct(handle.db, admin, { sku: 'R-TEA', name: 'Tea', unit_price: '100.00' }, 20);
    const created = await order([{ product: tea, qty: 4 }]);
    expect((await failure(runAction(handle.db, { actor: clerk }, 'orders', created.id, 'pay'))).status).toBe(403);
    const paid = await runAction(handle.db, { actor: finance }, 'orders', created.id, 'pay');
    expect(paid.status).toBe('paid');
    expect(await stockOf(tea)).toEqual({ on_hand: '20', reserved: '4', available: '16' });
    await runAction(handle.db, { actor: clerk }, 'orders', created.id, 'ship');
    expect(await stockOf(tea)).toEqual({ on_hand: '16', reserved: '0', available: '16' });
    const completed = await runAction(handle.db, { actor: clerk }, 'orders', created.id, 'complete');
    expect(completed.status).toBe('completed');
    expect((await failure(runAction(handle.db, { actor: clerk }, 'orders', created.id, 'cancel'))).status).toBe(409);
  });

  it('releases the reservation on cancel, and only reserves a draft on submit', async () => {
    const cup = await createStockedProduct(handle.db, admin, { sku: 'R-CUP', name: 'Cup', unit_price: '5.00' }, 3);
    const draft = await order([{ product: cup, qty: 3 }], { status: 'draft' });
    expect(await stockOf(cup)).toMatchObject({ reserved: '0' });
    await runAction(handle.db, { actor: clerk }, 'orders', draft.id, 'submit');
    expect(await stockOf(cup)).toMatchObject({ reserved: '3', available: '0' });
    await runAction(handle.db, { actor: clerk }, 'orders', draft.id, 'cancel');
    expect(await stockOf(cup)).toMatchObject({ reserved: '0', available: '3' });
    const kinds = await queryRows<{ kind: string }>(handle.db, sql`select kind from e_stock_movements where "order" = ${draft.id} order by created_at, kind`);
    expect(kinds.map((row) => row.kind).sort()).toEqual(['release', 'reserve']);
  });

  it('keeps lines and status out of plain edits while stock is reserved', async () => {
    const pen = await createStockedProduct(handle.db, admin, { sku: 'R-PEN', name: 'Pen', unit_price: '1.00' }, 9);
    const created = await order([{ product: pen, qty: 1 }]);
    expect((await failure(updateRecord(handle.db, clerk, 'orders', created.id, 1, { lines: [{ product: pen, qty: 5 }] }))).status).toBe(409);
    expect((await failure(updateRecord(handle.db, clerk, 'orders', created.id, 1, { status: 'paid' }))).status).toBe(422);
    const noted = await updateRecord(handle.db, clerk, 'orders', created.id, 1, { notes: 'call first' });
    expect(noted.notes).toBe('call first');
  });

  it('refuses stock edits that break its rules with the database CHECK as the net', async () => {
    const ink = await createStockedProduct(handle.db, admin, { sku: 'R-INK', name: 'Ink', unit_price: '1.00' }, 4);
    await order([{ product: ink, qty: 3 }]);
    const stock = await queryOne<{ id: string; version: number }>(handle.db, sql`select id, version from e_stock where product = ${ink}`);
    const error = await failure(updateRecord(handle.db, admin, 'stock', stock!.id, stock!.version, { on_hand: 2 }));
    expect(error.status).toBe(409);
    expect(await stockOf(ink)).toMatchObject({ on_hand: '4', reserved: '3' });
    await updateRecord(handle.db, admin, 'stock', stock!.id, stock!.version, { on_hand: 9 });
    expect(await stockOf(ink)).toMatchObject({ on_hand: '9', reserved: '3', available: '6' });
  });

  it('replays an Idempotency-Key and refuses the key with another body', async () => {
    const nut = await createStockedProduct(handle.db, admin, { sku: 'R-NUT', name: 'Nut', unit_price: '0.10' }, 100);
    const body = { customer, lines: [{ product: nut, qty: 7 }] };
    const idempotency = { key: 'order-123', requestHash: requestHash('POST', '/api/v1/records/orders', body) };
    const first = await createRecordReplayable(handle.db, clerk, 'orders', body, { idempotency });
    const again = await createRecordReplayable(handle.db, clerk, 'orders', body, { idempotency });
    expect(first.replayed).toBe(false);
    expect(again).toMatchObject({ replayed: true, status: 201 });
    expect((again.body as { id: string }).id).toBe((first.body as { id: string }).id);
    expect(await stockOf(nut)).toMatchObject({ reserved: '7' });
    const other = { key: 'order-123', requestHash: requestHash('POST', '/api/v1/records/orders', { ...body, notes: 'x' }) };
    expect((await failure(createRecordReplayable(handle.db, clerk, 'orders', { ...body, notes: 'x' }, { idempotency: other }))).status).toBe(422);
  });

  it('takes historical orders in a final state without moving stock, but never in a state that holds stock', async () => {
    const jar = await createStockedProduct(handle.db, admin, { sku: 'R-JAR', name: 'Jar', unit_price: '4.00' }, 2);
    const old = await createRecord(handle.db, admin, 'orders', { customer, status: 'completed', lines: [{ product: jar, qty: 50 }] }, { reserveStock: false });
    expect(old.status).toBe('completed');
    expect(await stockOf(jar)).toMatchObject({ on_hand: '2', reserved: '0' });
    expect((await failure(createRecord(handle.db, admin, 'orders', { customer, status: 'paid', lines: [{ product: jar, qty: 1 }] }, { reserveStock: false }))).status).toBe(422);
    expect((await failure(createRecord(handle.db, admin, 'orders', { customer, status: 'completed', lines: [{ product: jar, qty: 1 }] }))).status).toBe(422);
  });

  it('finds customers by phone or code as well as by name', async () => {
    await createRecord(handle.db, clerk, 'customers', { name: 'Phone Person', phone: '139 1234 5678', code: 'CUST-PP' });
    const byPhone = await listRecords(handle.db, clerk, 'customers', { q: '1234 5678' });
    const byCode = await listRecords(handle.db, clerk, 'customers', { q: 'cust-pp' });
    expect(byPhone.data.map((c) => c.name)).toEqual(['Phone Person']);
    expect(byCode.data.map((c) => c.name)).toEqual(['Phone Person']);
  });

  it('keeps the ledger explaining the counters', async () => {
    const rows = await queryRows<{ product: string; reserved: string; on_hand: string; explained: string; explained_on_hand: string }>(
      handle.db,
      sql`select s.product, s.reserved::text, s.on_hand::text,
            coalesce(sum(case m.kind when 'reserve' then m.qty when 'release' then -m.qty when 'ship' then -m.qty else 0 end), 0)::text as explained,
            coalesce(sum(case m.kind when 'import' then m.qty when 'adjust' then m.qty when 'ship' then -m.qty else 0 end), 0)::text as explained_on_hand
          from e_stock s left join e_stock_movements m on m.product = s.product group by s.product, s.reserved, s.on_hand`,
    );
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows) expect({ reserved: row.explained, on_hand: row.explained_on_hand }).toEqual({ reserved: row.reserved, on_hand: row.on_hand });
  });
});
