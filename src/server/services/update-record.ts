import type { RecordDto } from '@/engine/contract/api-types';
import { activeFields } from '@/engine/metadata/entity';
import type { Db } from '../db/types';
import { assertCan, type Actor } from '../auth/actor';
import { conflict, mapDbErrors, notFound } from '../errors';
import { deleteChildRecords, findRecord, insertChildRecords, updateRecordValues } from '../store/records';
import { writeAudit } from './audit';
import { loadRegistry, requireEntity } from './entity-registry';
import { isUuid, loadFullRecord } from './get-record';
import { validatedInput, withFormulas } from './record-input';

/**
 * Applies a partial update when the caller's version is current (optimistic locking). A child
 * table present in the body replaces that record's line items.
 */
export async function updateRecord(db: Db, actor: Actor, entityKey: string, id: string, expectedVersion: number, body: unknown): Promise<RecordDto> {
  return mapDbErrors(() => db.transaction(async (tx) => {
    const registry = await loadRegistry(tx);
    const entity = requireEntity(registry, entityKey);
    assertCan(actor, entity, 'update');
    const input = validatedInput(registry, entity, body, 'update');
    const before = isUuid(id) ? await loadFullRecord(tx, registry, entity, id) : undefined;
    if (!before) throw notFound(`No ${entity.key} record with id "${id}"`);
    if (before.version !== expectedVersion) throw staleVersion(before.version, expectedVersion);

    const merged = withFormulas(entity, { ...pickStored(before), ...input.values });
    const changes = { ...input.values };
    for (const field of activeFields(entity)) if (field.type === 'formula') changes[field.id] = merged[field.id];
    if (!(await updateRecordValues(tx, entity, id, expectedVersion, changes))) {
      const current = await findRecord(tx, entity, id);
      if (!current) throw notFound(`No ${entity.key} record with id "${id}"`);
      throw staleVersion(current.version, expectedVersion);
    }
    for (const field of activeFields(entity)) {
      if (field.type !== 'child_table' || !(field.id in input.children)) continue;
      const child = requireEntity(registry, field.entity);
      await deleteChildRecords(tx, child, id);
      const rows = input.children[field.id].map((row) => withFormulas(child, row.values));
      await insertChildRecords(tx, child, rows, { actorId: actor.id, parentId: id });
    }
    const after = (await loadFullRecord(tx, registry, entity, id))!;
    await writeAudit(tx, { actorId: actor.id, entity: entity.key, recordId: id, action: 'update', before, after });
    return after;
  }));
}

function staleVersion(current: number, expected: number) {
  return conflict(`The record was changed by someone else (version ${current}, you sent ${expected}); reload and try again`, {
    currentVersion: current,
  });
}

function pickStored(record: RecordDto): Record<string, unknown> {
  const { _display: _ignored, ...rest } = record;
  return rest;
}
