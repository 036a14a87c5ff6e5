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
  for (const owner of registry.entities.values()) {
    for (const reservation of owner.reservations ?? []) {
      const { target, ledger } = reservation;
      if (target.entity !== entity.key || !ledger) continue;
      const ledgerEntity = registry.get(ledger.entity);
      const delta = Number(after[target.onHand] ?? 0) - Number(before?.[target.onHand] ?? 0);
      if (!ledgerEntity || delta === 0) continue;
      await insertManyRecords(db, ledgerEntity, [{ [ledger.key]: after[target.key], [ledger.quantity]: delta, [ledger.kind]: before ? 'adjust' : 'import' }], actorId);
    }
  }
}
