import { activeFields, findField, type EntityDef } from '@/engine/metadata/entity';
import type { FieldDef } from '@/engine/metadata/field';
import type { Reservation } from '@/engine/metadata/lifecycle';

export type StockTarget = Reservation['target'];

/** The reservation whose lines live in this child table, if any. */
export function reservationOf(entity: EntityDef, childTableId: string): Reservation | undefined {
  return (entity.reservations ?? []).find((reservation) => reservation.source.child === childTableId);
}

/** The reservation that names `keyField` as its line key (how the server's `details.keyField` is read). */
export function reservationByKey(entity: EntityDef, keyField: string): Reservation | undefined {
  return (entity.reservations ?? []).find((reservation) => reservation.source.key === keyField);
}

/** Sibling columns that snapshot a value of the record `relationId` points at (copyFrom). */
export function copySiblings(child: EntityDef, relationId: string): Array<FieldDef & { copyFrom: { relation: string; field: string } }> {
  return activeFields(child).filter((field): field is FieldDef & { copyFrom: { relation: string; field: string } } => field.copyFrom?.relation === relationId);
}

/** The target's fields those siblings copy, so a picker can show them before one is picked. */
export function copiedTargetFields(child: EntityDef, relationId: string, target: EntityDef | undefined): FieldDef[] {
  if (!target) return [];
  return copySiblings(child, relationId)
    .map((sibling) => findField(target, sibling.copyFrom.field))
    .filter((field): field is FieldDef => !!field && !field.removed);
}

/** What may still be reserved: on hand minus reserved, as the server's guard computes it. */
export function availableOf(row: Record<string, unknown>, target: StockTarget): number {
  return Number(row[target.onHand] ?? 0) - Number(row[target.reserved] ?? 0);
}

/** Quantity asked for per key over all lines, since the server checks the sum, not each line. */
export function demandByKey(rows: Array<Record<string, unknown>>, reservation: Reservation): Map<string, number> {
  const demand = new Map<string, number>();
  for (const row of rows) {
    const key = row[reservation.source.key];
    const quantity = Number(row[reservation.source.quantity] ?? 0);
    if (typeof key === 'string' && key && quantity > 0) demand.set(key, (demand.get(key) ?? 0) + quantity);
  }
  return demand;
}
