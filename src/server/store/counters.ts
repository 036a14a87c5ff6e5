import { sql, type SQL } from 'drizzle-orm';
import type { Reservation } from '@/engine/metadata/lifecycle';
import type { ReservationOp } from '@/engine/lifecycle/transitions';
import { queryRows } from '../db/sql';
import type { Db } from '../db/types';
import { crossedSql, type CounterWatch } from './counter-watch';
import { column, entityTable } from './table-names';

/** Counter records whose move crossed watches[watch]. */
export type Crossing = { recordId: string; watch: number };
export type CounterResult = { matched: boolean; crossed: Crossing[] };

/** What the SET adds to each column, so a watch can take it back off to see the old value. */
function deltasOf(reservation: Reservation, op: ReservationOp, quantity: number): Map<string, number> {
  const { onHand, reserved } = reservation.target;
  if (op === 'reserve') return new Map([[reserved, quantity]]);
  if (op === 'release') return new Map([[reserved, -quantity]]);
  return new Map([[onHand, -quantity], [reserved, -quantity]]);
}

/**
 * One guarded UPDATE per key. Under READ COMMITTED a waiting UPDATE re-checks its WHERE on the
 * row version it finally locks, so the availability guard cannot oversell and needs no retry.
 * `matched` false: short, or no counter row for that key. Watches only widen the RETURNING list
 * of the same statement: no watch, the same SQL as ever.
 */
export async function adjustCounter(db: Db, reservation: Reservation, op: ReservationOp, key: string, quantity: number, watches: readonly CounterWatch[] = []): Promise<CounterResult> {
  const { target } = reservation;
  const onHand = column(target.onHand);
  const reserved = column(target.reserved);
  let set: SQL;
  let guard = sql``;
  if (op === 'reserve') {
    set = sql`${reserved} = ${reserved} + ${quantity}`;
    guard = sql` and ${onHand} - ${reserved} >= ${quantity}`;
  } else if (op === 'release') {
    set = sql`${reserved} = ${reserved} - ${quantity}`;
  } else {
    set = sql`${onHand} = ${onHand} - ${quantity}, ${reserved} = ${reserved} - ${quantity}`;
  }
  const deltas = deltasOf(reservation, op, quantity);
  const crossedColumns = watches.map((watch, index) => sql`, ${crossedSql(target.entity, watch, deltas)} as ${sql.identifier(`crossed_${index}`)}`);
  const rows = await queryRows<Record<string, unknown> & { id: string }>(
    db,
    sql`update ${entityTable(target.entity)} set ${set}, version = version + 1, updated_at = now()
        where ${column(target.key)} = ${key}${guard} returning id${sql.join(crossedColumns)}`,
  );
  const crossed = rows.flatMap((row) => watches.flatMap((_watch, watch) => (row[`crossed_${watch}`] === true ? [{ recordId: row.id, watch }] : [])));
  return { matched: rows.length === 1, crossed };
}

/** Unlocked read of what is available per key; a key without a counter row has nothing. */
export async function readAvailability(db: Db, reservation: Reservation, keys: string[]): Promise<Map<string, number>> {
  const { target } = reservation;
  const available = new Map(keys.map((key) => [key, 0]));
  if (keys.length === 0) return available;
  const rows = await queryRows<{ key: string; available: string | number }>(
    db,
    sql`select ${column(target.key)} as key, (${column(target.onHand)} - ${column(target.reserved)})::text as available
        from ${entityTable(target.entity)} where ${column(target.key)} in (${sql.join(keys.map((key) => sql`${key}`), sql`, `)})`,
  );
  for (const row of rows) available.set(row.key, Number(row.available));
  return available;
}
