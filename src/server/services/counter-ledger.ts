import type { EntityDef } from '@/engine/metadata/entity';
import type { Db } from '../db/types';
import { insertManyRecords } from '../store/records';
import type { EntityRegistry } from './entity-registry';

type Row = Record<string, unknown>;

/**
 * People change on-hand counts directly (receiving goods, stocktakes). Every such change gets a
 * ledger movement too — "import" for a new counter row, "adjust" with the signed delta after — so
 * the ledger explains on_hand as well as reserved.
 */
export async function recordCounterChange(db: Db, registry: EntityRegistry, entity: EntityDef, before: Row | null, after: Row, actorId: string | null): Promise<void> {
  await recordCounterChanges(db, registry, entity, [{ before, after }], actorId);
}

/** The same for many records at once (imports): one multi-row insert per ledger, not one per record. */
export async function recordCounterChanges(db: Db, registry: EntityRegistry, entity: EntityDef, changes: Array<{ before: Row | null; after: Row }>, actorId: string | null): Promise<void> {
  for (const owner of registry.entities.values()) {
    for (const reservation of owner.reservations ?? []) {
      const { target, ledger } = reservation;
      const ledgerEntity = ledger ? registry.get(ledger.entity) : undefined;
      if (target.entity !== entity.key || !ledger || !ledgerEntity) continue;
      const movements = changes
        .map(({ before, after }) => ({ before, after, delta: Number(after[target.onHand] ?? 0) - Number(before?.[target.onHand] ?? 0) }))
        .filter(({ delta }) => delta !== 0)
        .map(({ before, after, delta }) => ({ [ledger.key]: after[target.key], [ledger.quantity]: delta, [ledger.kind]: before ? 'adjust' : 'import' }));
      await insertManyRecords(db, ledgerEntity, movements, actorId);
    }
  }
}
