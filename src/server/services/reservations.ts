import type { Reservation } from '@/engine/metadata/lifecycle';
import type { ReservationOp } from '@/engine/lifecycle/transitions';
import type { Db } from '../db/types';
import type { Actor } from '../auth/actor';
import { AppError } from '../errors';
import { adjustCounter, readAvailability } from '../store/counters';
import { findTitles, insertManyRecords } from '../store/records';
import { startThresholdWorkflows, thresholdWatches } from '../workflows/threshold-workflows';
import type { EntityRegistry } from './entity-registry';

type Row = Record<string, unknown>;
export type Demand = { key: string; quantity: number; lines: number[] };
export type Shortage = { key: string; title: string | null; requested: number; available: number; lines: number[] };

/** Quantities summed per key and sorted by key: every transaction locks counters in one order. */
export function demandOf(reservation: Reservation, rows: Row[]): Demand[] {
  const byKey = new Map<string, Demand>();
  rows.forEach((row, index) => {
    const key = row[reservation.source.key];
    const quantity = Number(row[reservation.source.quantity] ?? 0);
    if (typeof key !== 'string' || !(quantity > 0)) return;
    const demand = byKey.get(key) ?? { key, quantity: 0, lines: [] };
    demand.quantity += quantity;
    demand.lines.push(index);
    byKey.set(key, demand);
  });
  return [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

async function shortageError(db: Db, registry: EntityRegistry, reservation: Reservation, demands: Demand[], available: Map<string, number>): Promise<AppError> {
  const keyField = registry.get(reservation.target.entity)?.fields.find((field) => field.id === reservation.target.key);
  const titled = keyField?.type === 'relation' ? registry.get(keyField.entity) : undefined;
  const titles = titled ? await findTitles(db, titled, demands.map((demand) => demand.key)) : new Map<string, string | null>();
  const shortages: Shortage[] = demands.map((demand) => ({
    key: demand.key,
    title: titles.get(demand.key) ?? null,
    requested: demand.quantity,
    available: Math.max(0, available.get(demand.key) ?? 0),
    lines: demand.lines,
  }));
  const names = shortages.map((s) => `${s.title ?? s.key} (requested ${s.requested}, available ${s.available})`).join('; ');
  return new AppError(409, 'insufficient_stock', `Not enough stock: ${names}`, { keyField: reservation.source.key, shortages });
}

/** The cheap unlocked check that turns away sold-out requests before any transaction starts. */
export async function precheckReservation(db: Db, registry: EntityRegistry, reservation: Reservation, rows: Row[]): Promise<void> {
  const demands = demandOf(reservation, rows);
  const available = await readAvailability(db, reservation, demands.map((demand) => demand.key));
  const short = demands.filter((demand) => (available.get(demand.key) ?? 0) < demand.quantity);
  if (short.length) throw await shortageError(db, registry, reservation, short, available);
}

const LEDGER_KIND: Record<ReservationOp, string> = { reserve: 'reserve', release: 'release', consume: 'ship' };

/** Columns each step's SET changes: a threshold watch on anything else cannot move. */
const CHANGED: Record<ReservationOp, (target: Reservation['target']) => string[]> = {
  reserve: (target) => [target.reserved],
  release: (target) => [target.reserved],
  consume: (target) => [target.onHand, target.reserved],
};

/**
 * Applies one reservation step for a record's lines. The ledger rows go in first; the guarded
 * counter updates run last, so the caller must call this as the final statements before COMMIT
 * (the row locks they take are held until then). With `actor`, a published threshold workflow on
 * the counter entity starts for each counter record the step took below its threshold.
 */
export async function applyReservation(
  db: Db,
  registry: EntityRegistry,
  step: { reservation: Reservation; op: ReservationOp; recordId: string; rows: Row[]; actorId: string | null; actor?: Actor },
): Promise<void> {
  const { reservation, op } = step;
  const demands = demandOf(reservation, step.rows);
  const watches = step.actor ? thresholdWatches(registry, reservation.target.entity, CHANGED[op](reservation.target)) : [];
  const ledger = reservation.ledger;
  const ledgerEntity = ledger ? registry.get(ledger.entity) : undefined;
  const movements =
    ledger && ledgerEntity
      ? insertManyRecords(
          db,
          ledgerEntity,
          demands.map((demand) => ({ [ledger.key]: demand.key, [ledger.record]: step.recordId, [ledger.quantity]: demand.quantity, [ledger.kind]: LEDGER_KIND[op] })),
          step.actorId,
        )
      : Promise.resolve();
  // Issued together, executed by the server in this order (key order), in one round trip.
  const [, ...results] = await Promise.all([movements, ...demands.map((demand) => adjustCounter(db, reservation, op, demand.key, demand.quantity, watches))]);
  const failed = demands.filter((_demand, index) => !results[index].matched);
  if (failed.length === 0) {
    const crossed = results.flatMap((result) => result.crossed);
    // Only a crossing pays for the start; the counter rows are already locked, so it is kept short.
    if (crossed.length && step.actor) await startThresholdWorkflows(db, registry, step.actor, reservation.target.entity, watches, crossed);
    return;
  }
  if (op !== 'reserve') throw new AppError(409, 'conflict', `Stock records are missing for ${failed.length} item(s); the change was not applied`);
  throw await shortageError(db, registry, reservation, failed, await readAvailability(db, reservation, failed.map((demand) => demand.key)));
}
