import { sql } from 'drizzle-orm';
import { activeFields, type EntityDef } from '@/engine/metadata/entity';
import { queryRows } from '../../db/sql';
import type { Db } from '../../db/types';
import type { Actor } from '../../auth/actor';
import { validationFailed } from '../../errors';
import { column, entityTable } from '../../store/table-names';
import { createRecord } from '../create-record';
import type { EntityRegistry } from '../entity-registry';

const REFERENCE = /^@([a-z][a-z0-9_]{0,40}):(.+)$/;

/** Ids of an entity's records by the values of its unique text fields, for "@entity:value" references. */
async function uniqueIndex(db: Db, entity: EntityDef): Promise<Map<string, string>> {
  const keys = activeFields(entity).filter((field) => field.unique && field.type === 'text');
  const index = new Map<string, string>();
  for (const field of keys) {
    const rows = await queryRows<{ id: string; value: string }>(db, sql`select id, ${column(field.id)} as value from ${entityTable(entity.key)} where ${column(field.id)} is not null`);
    for (const row of rows) index.set(row.value, row.id);
  }
  return index;
}

/** Loads a template's sample records through the normal create path, resolving "@entity:key" references. */
export async function seedRecords(db: Db, registry: EntityRegistry, actor: Actor, seed: Array<{ entity: string; records: Array<Record<string, unknown>> }>): Promise<Record<string, number>> {
  const indexes = new Map<string, Map<string, string>>();
  const resolve = async (value: unknown): Promise<unknown> => {
    const match = typeof value === 'string' ? REFERENCE.exec(value) : null;
    if (!match) return value;
    const target = registry.get(match[1]);
    if (!target) throw validationFailed(`seed reference "${value}" names an unknown entity`);
    if (!indexes.has(target.key)) indexes.set(target.key, await uniqueIndex(db, target));
    const id = indexes.get(target.key)!.get(match[2]);
    if (!id) throw validationFailed(`seed reference "${value}" matches no record`);
    return id;
  };
  const counts: Record<string, number> = {};
  for (const { entity, records } of seed) {
    for (const record of records) {
      const resolved = Object.fromEntries(await Promise.all(Object.entries(record).map(async ([key, value]) => [key, await resolve(value)])));
      await createRecord(db, actor, entity, resolved);
    }
    indexes.delete(entity);
    counts[entity] = records.length;
  }
  return counts;
}
