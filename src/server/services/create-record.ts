import type { RecordDto } from '@/engine/contract/api-types';
import { activeFields } from '@/engine/metadata/entity';
import type { Db } from '../db/types';
import { assertCan, type Actor } from '../auth/actor';
import { forbidden, mapDbErrors } from '../errors';
import { insertChildRecords, insertRecord } from '../store/records';
import { writeAudit } from './audit';
import { assignAutoNumbers } from './auto-numbers';
import { loadRegistry, requireEntity } from './entity-registry';
import { loadFullRecord } from './get-record';
import { validatedInput, withFormulas } from './record-input';

/** Creates a record and its line items in one transaction; computed fields come from the server. */
export async function createRecord(db: Db, actor: Actor, entityKey: string, body: unknown): Promise<RecordDto> {
  return mapDbErrors(() => db.transaction(async (tx) => {
    const registry = await loadRegistry(tx);
    const entity = requireEntity(registry, entityKey);
    if (entity.parent) throw forbidden(`${entity.key} records are line items; create them inside a ${entity.parent} record`);
    assertCan(actor, entity, 'create');
    const input = validatedInput(registry, entity, body, 'create');

    const values = withFormulas(entity, input.values);
    await assignAutoNumbers(tx, entity, values);
    const id = await insertRecord(tx, entity, values, { actorId: actor.id });
    for (const field of activeFields(entity)) {
      if (field.type !== 'child_table') continue;
      const child = requireEntity(registry, field.entity);
      const rows = (input.children[field.id] ?? []).map((row) => withFormulas(child, row.values));
      await insertChildRecords(tx, child, rows, { actorId: actor.id, parentId: id });
    }
    const created = (await loadFullRecord(tx, registry, entity, id))!;
    await writeAudit(tx, { actorId: actor.id, entity: entity.key, recordId: id, action: 'create', before: null, after: created });
    return created;
  }));
}
