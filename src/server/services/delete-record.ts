import { frozenChildTables } from '@/engine/lifecycle/transitions';
import type { Db } from '../db/types';
import { assertCan, type Actor } from '../auth/actor';
import { conflict, forbidden, mapDbErrors, notFound } from '../errors';
import { deleteRecordRow } from '../store/records';
import { writeAudit } from './audit';
import { loadRegistry, requireEntity } from './entity-registry';
import { isUuid, loadFullRecord } from './get-record';

/** Deletes a record (its line items cascade); with a version, only if nobody changed it since. */
export async function deleteRecord(db: Db, actor: Actor, entityKey: string, id: string, expectedVersion?: number): Promise<void> {
  await mapDbErrors(() => db.transaction(async (tx) => {
    const registry = await loadRegistry(tx);
    const entity = requireEntity(registry, entityKey);
    if (entity.parent) throw forbidden(`${entity.key} records are line items; edit them through their ${entity.parent} record`);
    assertCan(actor, entity, 'delete');
    const before = isUuid(id) ? await loadFullRecord(tx, registry, entity, id) : undefined;
    if (!before) throw notFound(`No ${entity.key} record with id "${id}"`);
    if (frozenChildTables(entity, entity.lifecycle ? before[entity.lifecycle.field] : undefined).length) {
      throw conflict(`This ${entity.key} record holds or used stock; cancel it instead of deleting it`);
    }
    if (!(await deleteRecordRow(tx, entity, id, expectedVersion))) {
      throw conflict('The record was changed by someone else; reload and try again');
    }
    await writeAudit(tx, { actorId: actor.id, entity: entity.key, recordId: id, action: 'delete', before, after: null });
  }));
}
