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

/**
 * A record with its line items and display titles, as single-record responses return it: the
 * record and its lines are read together, then every title together (two round trips).
 */
export async function loadFullRecord(db: Db, registry: EntityRegistry, entity: EntityDef, id: string): Promise<RecordDto | undefined> {
  const tables = activeFields(entity).flatMap((field) => {
    const child = field.type === 'child_table' ? registry.get(field.entity) : undefined;
    return child ? [{ field: field.id, child }] : [];
  });
  const [record, ...lines] = await Promise.all([findRecord(db, entity, id), ...tables.map(({ child }) => findChildRecords(db, child, [id]))]);
  if (!record) return undefined;
  await Promise.all([attachDisplay(db, registry, entity, [record]), ...tables.map(({ child }, index) => attachDisplay(db, registry, child, lines[index]))]);
  tables.forEach(({ field }, index) => {
    record[field] = lines[index];
  });
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
