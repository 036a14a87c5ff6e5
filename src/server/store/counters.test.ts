import { PgDialect } from 'drizzle-orm/pg-core';
import type { SQL } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Reservation } from '@/engine/metadata/lifecycle';
import type { ReservationOp } from '@/engine/lifecycle/transitions';
import type { Db } from '../db/types';
import type { CounterWatch } from './counter-watch';
import { adjustCounter } from './counters';

const reservation: Reservation = {
  id: 'stock',
  source: { child: 'lines', key: 'product', quantity: 'qty' },
  target: { entity: 'stock', key: 'product', onHand: 'on_hand', reserved: 'reserved' },
  heldIn: ['pending_payment'],
  consumedIn: ['shipped'],
};
const available: CounterWatch['value'] = { kind: 'arith', op: '-', args: [{ kind: 'column', field: 'on_hand' }, { kind: 'column', field: 'reserved' }] };

/** Runs adjustCounter against a stand-in that records the one statement and answers with `rows`. */
async function capture(op: ReservationOp, watches: CounterWatch[], rows: Array<Record<string, unknown>>) {
  const statements: Array<{ sql: string; params: unknown[] }> = [];
  const record = (query: { sql: string; params: unknown[] }) => (statements.push({ sql: query.sql, params: query.params }), rows);
  // Either way a statement may reach the driver: drizzle's execute, or rendered by compileSql and handed to the session.
  const db = {
    execute: async (query: SQL) => record(new PgDialect().sqlToQuery(query)),
    session: { prepareQuery: (query: { sql: string; params: unknown[] }) => ({ execute: async () => record(query) }) },
  } as unknown as Db;
  const result = await adjustCounter(db, reservation, op, 'p1', 3, watches);
  return { statements, result };
}

describe('adjustCounter', () => {
  it('sends the same single guarded UPDATE as ever when no threshold is watched', async () => {
    const { statements, result } = await capture('reserve', [], [{ id: 's1' }]);
    expect(statements).toHaveLength(1);
    expect(statements[0].sql.replace(/\s+/g, ' ')).toBe(
      'update "e_stock" set "reserved" = "reserved" + $1, version = version + 1, updated_at = now() where "product" = $2 and "on_hand" - "reserved" >= $3 returning id',
    );
    expect(result).toEqual({ matched: true, crossed: [] });
  });

  it('widens the RETURNING list of the same statement with the old value taken back from the new one', async () => {
    const watches: CounterWatch[] = [
      { value: available, below: { kind: 'related', relation: 'product', entity: 'products', field: 'low_stock_threshold' } },
      { value: available, below: { kind: 'constant', value: 5 } },
    ];
    const { statements, result } = await capture('reserve', watches, [{ id: 's1', crossed_0: true, crossed_1: false }]);
    expect(statements).toHaveLength(1);
    const text = statements[0].sql.replace(/\s+/g, ' ');
    expect(text).toContain('returning id, coalesce(("on_hand" - ("reserved" - $4)) >= (select threshold_source."low_stock_threshold" from "e_products" as threshold_source');
    expect(text).toContain('where threshold_source.id = "e_stock"."product")');
    expect(text).toContain('as "crossed_0"');
    expect(text).toContain('and ("on_hand" - "reserved") < (select');
    expect(text).toContain('coalesce(("on_hand" - ("reserved" - $5)) >= $6::numeric and ("on_hand" - "reserved") < $7::numeric, false) as "crossed_1"');
    expect(statements[0].params.slice(3)).toEqual([3, 3, 5, 5]);
    expect(result).toEqual({ matched: true, crossed: [{ recordId: 's1', watch: 0 }] });
  });

  it('takes back what shipping removed from both columns', async () => {
    const { statements } = await capture('consume', [{ value: available, below: { kind: 'constant', value: 5 } }], []);
    expect(statements[0].sql.replace(/\s+/g, ' ')).toMatch(/coalesce\(\(\("on_hand" - \$\d+\) - \("reserved" - \$\d+\)\) >= /);
    expect(statements[0].params.filter((param) => param === -3)).toHaveLength(2);
  });
});
