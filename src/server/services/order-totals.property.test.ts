import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/types';
import type { Actor } from '../auth/actor';
import { openTestDb } from '../testing/test-db';
import { testActor } from '../testing/test-actors';
import { createStockedProduct, publishOrderEntities } from '../testing/fixtures';
import { createRecord } from './create-record';

const cents = (text: string) => BigInt(text.replace('.', ''));
const money = (value: bigint) => {
  const digits = value.toString().padStart(3, '0');
  return `${digits.slice(0, -2)}.${digits.slice(-2)}`;
};

// Through the real create path: prices are snapshots from products, totals are computed by the server.
describe('order totals', () => {
  let handle: DbHandle;
  let admin: Actor;
  let customer: string;
  const products: Array<{ id: string; price: string }> = [];

  beforeAll(async () => {
    handle = await openTestDb('pglite');
    await publishOrderEntities(handle.db);
    admin = await testActor(handle.db, ['admin']);
    customer = (await createRecord(handle.db, admin, 'customers', { name: 'Property' })).id;
    const prices = ['0.01', '0.10', '0.20', '0.30', '19.99', '33.33', '999.99', '1234567.89', '0.05', '7.77'];
    for (const [index, price] of prices.entries()) {
      products.push({ id: await createStockedProduct(handle.db, admin, { sku: `PT-${index}`, name: `P${index}`, unit_price: price }, 1_000_000_000), price });
    }
  });
  afterAll(() => handle?.close());

  it('total_amount is exactly Σ unit_price × qty, whatever a client sends for prices and totals', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ product: fc.integer({ min: 0, max: products.length - 1 }), qty: fc.integer({ min: 1, max: 10_000 }) }), { minLength: 1, maxLength: 8 }),
        async (lines) => {
          const order = await createRecord(handle.db, admin, 'orders', {
            customer,
            total_amount: '1.00',
            lines: lines.map((line) => ({ product: products[line.product].id, qty: line.qty, unit_price: '0.01', line_amount: '0.00' })),
          });
          const expected = lines.reduce((sum, line) => sum + cents(products[line.product].price) * BigInt(line.qty), 0n);
          expect(order.total_amount).toBe(money(expected));
          const stored = order.lines as Array<{ unit_price: string; line_amount: string; qty: number }>;
          stored.forEach((line, index) => {
            expect(line.unit_price).toBe(products[lines[index].product].price);
            expect(line.line_amount).toBe(money(cents(line.unit_price) * BigInt(line.qty)));
          });
        },
      ),
      { numRuns: 40 },
    );
  });
});
