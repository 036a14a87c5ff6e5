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
import { requestHash } from './idempotency';

// Real parallel connections on PostgreSQL; on PGlite (one connection) the same checks run serialised, smaller.
describe.each(testDrivers())('stock under concurrency on %s', (driver) => {
  const scale = driver === 'postgres' ? 1 : 0.1;
  let handle: DbHandle;
  let admin: Actor;
  let clerk: Actor;
  let customer: string;

  beforeAll(async () => {
    handle = await openTestDb(driver, { poolSize: 32 });
    await publishOrderEntities(handle.db);
    [admin, clerk] = await Promise.all([testActor(handle.db, ['admin']), testActor(handle.db, ['clerk'])]);
    customer = (await createRecord(handle.db, clerk, 'customers', { name: 'Rush' })).id;
  });
  afterAll(() => handle?.close());

  it('sells exactly the stock there is when 300 buyers race for 100 units', async () => {
    const attempts = Math.round(300 * scale);
    const units = Math.round(100 * scale);
    const hot = await createStockedProduct(handle.db, admin, { sku: 'HOT', name: 'Hot item', unit_price: '9.99' }, units);
    const results = await Promise.allSettled(
      Array.from({ length: attempts }, () => createRecord(handle.db, clerk, 'orders', { customer, lines: [{ product: hot, qty: 1 }] })),
    );
    const failures = results.filter((result): result is PromiseRejectedResult => result.status === 'rejected').map((result) => result.reason);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(units);
    expect(failures).toHaveLength(attempts - units);
    for (const reason of failures) expect(reason).toMatchObject({ status: 409, code: 'insufficient_stock' });
    const stock = await queryOne<{ reserved: string; available: string }>(handle.db, sql`select reserved::text, available::text from e_stock where product = ${hot}`);
    expect(stock).toEqual({ reserved: String(units), available: '0' });
  });

  it('keeps every counter consistent under 2,000 random multi-line orders from 32 connections', async () => {
    const products: string[] = [];
    for (let i = 0; i < 50; i += 1) products.push(await createStockedProduct(handle.db, admin, { sku: `MIX-${i}`, name: `Mix ${i}`, unit_price: '1.00' }, 40 + (i % 7) * 20));
    let seed = 42;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const bodies = Array.from({ length: Math.round(2000 * scale) }, () => ({
      customer,
      lines: Array.from({ length: 1 + random(5) }, () => ({ product: products[random(products.length)], qty: 1 + random(3) })),
    }));
    const errors: unknown[] = [];
    let next = 0;
    const worker = async () => {
      while (next < bodies.length) {
        const body = bodies[next++];
        await createRecord(handle.db, clerk, 'orders', body).catch((error: unknown) => errors.push(error));
      }
    };
    await Promise.all(Array.from({ length: 32 }, worker));
    for (const error of errors) expect(error).toMatchObject({ status: 409, code: 'insufficient_stock' });
    expect(errors.length).toBeLessThan(bodies.length);

    const negative = await queryRows(handle.db, sql`select product from e_stock where available < 0 or reserved < 0`);
    expect(negative).toEqual([]);
    const mismatched = await queryRows(
      handle.db,
      sql`select s.product, s.reserved::text as reserved, coalesce(open.qty, 0)::text as open_qty
          from e_stock s
          left join (select l.product, sum(l.qty) as qty from e_order_lines l join e_orders o on o.id = l.parent_id
                     where o.status in ('pending_approval', 'pending_payment', 'paid') group by l.product) open on open.product = s.product
          where s.reserved <> coalesce(open.qty, 0)`,
    );
    expect(mismatched).toEqual([]);
  });

  it('creates one order for 20 concurrent retries of one Idempotency-Key', async () => {
    const bolt = await createStockedProduct(handle.db, admin, { sku: 'BOLT', name: 'Bolt', unit_price: '0.25' }, 1000);
    const body = { customer, external_ref: 'retry-storm', lines: [{ product: bolt, qty: 3 }] };
    const idempotency = { key: 'retry-storm-key', requestHash: requestHash('POST', '/api/v1/records/orders', body) };
    const results = await Promise.all(Array.from({ length: 20 }, () => createRecordReplayable(handle.db, clerk, 'orders', body, { idempotency })));
    expect(new Set(results.map((result) => (result.body as { id: string }).id)).size).toBe(1);
    expect(results.filter((result) => !result.replayed)).toHaveLength(1);
    const count = await queryOne<{ n: string }>(handle.db, sql`select count(*)::text as n from e_orders where external_ref = 'retry-storm'`);
    expect(count!.n).toBe('1');
    const stock = await queryOne<{ reserved: string }>(handle.db, sql`select reserved::text from e_stock where product = ${bolt}`);
    expect(stock!.reserved).toBe('3');
  });

  it('never surfaces a deadlock or a 500 for a batch of cross-ordered lines', async () => {
    const [a, b] = [await createStockedProduct(handle.db, admin, { sku: 'DL-A', name: 'A', unit_price: '1.00' }, 10_000), await createStockedProduct(handle.db, admin, { sku: 'DL-B', name: 'B', unit_price: '1.00' }, 10_000)];
    const results = await Promise.allSettled(
      Array.from({ length: Math.round(200 * scale) }, (_, i) =>
        createRecord(handle.db, clerk, 'orders', { customer, lines: i % 2 ? [{ product: a, qty: 1 }, { product: b, qty: 1 }] : [{ product: b, qty: 1 }, { product: a, qty: 1 }] }),
      ),
    );
    const rejected = results.filter((result): result is PromiseRejectedResult => result.status === 'rejected');
    expect(rejected.map((result) => (result.reason instanceof AppError ? result.reason.code : String(result.reason)))).toEqual([]);
  });
});
