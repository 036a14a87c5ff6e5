import type { RecordDto } from '@/engine/contract/api-types';
import { activeFields, type EntityDef } from '@/engine/metadata/entity';
import type { Db } from '../db/types';
import type { Actor } from '../auth/actor';
import { assertCan } from '../auth/actor';
import { notFound } from '../errors';
import { findChildRecords, findRecord, findTitles } from '../store/records';
import { loadRegistry, requireEntity, type EntityRegistry } from './entity-registry';
import { withActions } from './record-actions';

/**
 * The titles of the records each record's relation fields point to, one query per related entity,
 * all issued together. Works on stored values too, so a write can look titles up alongside its insert.
 */
export async function displayTitles(db: Db, registry: EntityRegistry, entity: EntityDef, records: Array<Record<string, unknown>>): Promise<Array<Record<string, string | null>>> {
  const relations = activeFields(entity).filter((field) => field.type === 'relation' && registry.get(field.entity));
  const titles = await Promise.all(
    relations.map((field) =>
      findTitles(db, registry.get(field.type === 'relation' ? field.entity : '')!, records.map((record) => record[field.id]).filter((id): id is string => typeof id === 'string')),
    ),
  );
  return records.map((record) =>
    Object.fromEntries(relations.map((field, index) => [field.id, typeof record[field.id] === 'string' ? (titles[index].get(record[field.id] as string) ?? null) : null])),
  );
}

/** Fills `_display` with the titles of related records. */
export async function attachDisplay(db: Db, registry: EntityRegistry, entity: EntityDef, records: RecordDto[]): Promise<void> {
  const displays = await displayTitles(db, registry, entity, records);
  records.forEach((record, index) => {
    if (Object.keys(displays[index]).length) record._display = { ...record._display, ...displays[index] };
  });
}

/** A record with its line items and display titles, as single-record responses return it. */
export async function loadFullRecord(db: Db, registry: EntityRegistry, entity: EntityDef, id: string): Promise<RecordDto | undefined> {
  const record = await findRecord(db, entity, id);
  if (!record) return undefined;
  await attachDisplay(db, registry, entity, [record]);
  for (const field of activeFields(entity)) {
    if (field.type !== 'child_table') continue;
    const child = registry.get(field.entity);
    if (!child) continue;
    const rows = await findChildRecords(db, child, [record.id]);
    await attachDisplay(db, registry, child, rows);
    record[field.id] = rows;
  }
  return record;
}

export async function getRecord(db: Db, actor: Actor, entityKey: string, id: string): Promise<RecordDto> {
  const registry = await loadRegistry(db);
  const entity = requireEntity(registry, entityKey);
  assertCan(actor, entity, 'read');
  const record = isUuid(id) ? await loadFullRecord(db, registry, entity, id) : undefined;
  if (!record) throw notFound(`No ${entity.key} record with id "${id}"`);
  return withActions(entity, record, actor);
}

export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
