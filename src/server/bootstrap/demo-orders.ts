import { sql } from 'drizzle-orm';
import { queryOne, queryRows } from '../db/sql';
import type { Db } from '../db/types';
import type { Actor } from '../auth/actor';
import { AppError } from '../errors';
import { reserveAutoNumbers } from '../services/auto-numbers';
import { createRecord } from '../services/create-record';
import { loadRegistry } from '../services/entity-registry';

/** Deterministic, so every demo shows the same story. */
function generator(seed: number) {
  let state = seed;
  const next = () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
  return { next, pick: <T>(items: T[]) => items[Math.floor(next() * items.length)] };
}

const HISTORICAL_STATES: Array<[string, number]> = [['completed', 0.78], ['shipped', 0.08], ['cancelled', 0.09], ['closed', 0.05]];

function historicalState(roll: number): string {
  let sum = 0;
  for (const [state, share] of HISTORICAL_STATES) if ((sum += share) >= roll) return state;
  return 'completed';
}

/**
 * About `count` orders over the last 90 days so lists and dashboards have something to show. Older
 * orders are history (finished, no stock moves); the last two days' orders are open and reserve
 * stock through the normal path. Runs only into an empty orders table.
 */
export async function seedDemoOrders(db: Db, admin: Actor, count = 2000, counterDb?: Db): Promise<number> {
  const existing = await queryOne<{ n: string }>(db, sql`select count(*)::text as n from e_orders`);
  if (Number(existing?.n ?? 0) > 0) return 0;
  const customers = (await queryRows<{ id: string }>(db, sql`select id from e_customers order by code`)).map((row) => row.id);
  const products = (await queryRows<{ id: string }>(db, sql`select id from e_products order by sku`)).map((row) => row.id);
  if (!customers.length || !products.length) return 0;
  const random = generator(20_261_124);
  // A few loyal customers buy most often; the tail buys once or twice (repurchase rate < 100%).
  const customerFor = () => customers[Math.floor(customers.length * random.next() ** 2)];
  // Drawn up front in one statement, from the pool when there is one: see reserveAutoNumbers.
  const orders = (await loadRegistry(db)).get('orders');
  const numbers = orders ? await reserveAutoNumbers(counterDb ?? db, orders, count) : [];
  let created = 0;
  for (let i = 0; i < count; i += 1) {
    const daysAgo = Math.floor(90 * random.next() ** 1.3);
    const open = daysAgo < 2;
    const lines = Array.from({ length: 1 + Math.floor(random.next() * 4) }, () => ({ product: random.pick(products), qty: 1 + Math.floor(random.next() * 3) }));
    const body = { customer: customerFor(), channel: random.pick(['store', 'online', 'online', 'api']), status: open ? 'pending_payment' : 'draft', lines };
    try {
      const order = await createRecord(db, admin, 'orders', body, { reserveStock: open, autoNumbers: numbers[i], workflows: false });
      const at = new Date(Date.now() - daysAgo * 86_400_000 - Math.floor(random.next() * 36_000_000));
      const status = open ? null : historicalState(random.next());
      await db.execute(sql`update e_orders set created_at = ${at.toISOString()}::timestamptz, updated_at = ${at.toISOString()}::timestamptz,
        status = coalesce(${status}, status), payment_due_at = case when ${status}::text is null then payment_due_at end where id = ${order.id}`);
      await db.execute(sql`update e_order_lines set created_at = ${at.toISOString()}::timestamptz, updated_at = ${at.toISOString()}::timestamptz where parent_id = ${order.id}`);
      created += 1;
    } catch (error) {
      // An open order that finds its products sold out is simply not part of the demo.
      if (!(error instanceof AppError && error.code === 'insufficient_stock')) throw error;
    }
  }
  return created;
}
