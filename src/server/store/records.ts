import { sql, type SQL } from 'drizzle-orm';
import type { EntityDef } from '@/engine/metadata/entity';
import type { RecordDto } from '@/engine/contract/api-types';
import { queryOne, queryRows } from '../db/sql';
import type { Db } from '../db/types';
import { bindValue, recordSelectList, rowToRecord, selectExpression, storageKind, writableFields } from './record-row';
import type { FieldDef } from '@/engine/metadata/field';
import { multiRowInsert } from './multi-row-insert';
import { column, entityTable } from './table-names';

export type StoredValues = Record<string, unknown>;

export async function insertRecord(
  db: Db,
  entity: EntityDef,
  values: StoredValues,
  meta: { actorId: string | null; parentId?: string; id?: string },
): Promise<RecordDto> {
  const fields = writableFields(entity).filter((field) => field.id in values);
  const columns: SQL[] = [sql`created_by`];
  const binds: SQL[] = [sql`${meta.actorId}`];
  if (meta.id) {
    columns.push(sql`id`);
    binds.push(sql`${meta.id}`);
  }
  if (entity.parent) {
    columns.push(sql`parent_id`);
    binds.push(sql`${meta.parentId ?? null}`);
  }
  for (const field of fields) {
    columns.push(column(field.id));
    binds.push(bindValue(field, values[field.id]));
  }
  const row = await queryOne(
    db,
    sql`insert into ${entityTable(entity.key)} (${sql.join(columns, sql`, `)}) values (${sql.join(binds, sql`, `)}) returning ${recordSelectList(entity)}`,
  );
  return rowToRecord(entity, row!);
}

/** Multi-row insert for line items: one statement per parent instead of one per line. */
export async function insertChildRecords(db: Db, entity: EntityDef, rows: StoredValues[], meta: { actorId: string | null; parentId: string }): Promise<RecordDto[]> {
  if (rows.length === 0) return [];
  const system = { names: [sql`created_by`, sql`parent_id`, sql`position`], values: (_: StoredValues, index: number) => [meta.actorId, meta.parentId, index] };
  const inserted = await queryRows(db, sql`${multiRowInsert(entity, system, rows)} returning ${recordSelectList(entity)}, position`);
  // RETURNING follows the VALUES order in practice, but the contract is the position column.
  return inserted.sort((a, b) => Number(a.position) - Number(b.position)).map((row) => rowToRecord(entity, row));
}

/**
 * Compare-and-set on version: the update applies only when nobody wrote since the caller read.
 * Returns false when the version did not match (or the record is gone). The column default of
 * form_version is the published form version (see setFormVersion), so inserts and updates
 * stamp it without a query of their own.
 */
export async function updateRecordValues(db: Db, entity: EntityDef, id: string, expectedVersion: number, values: StoredValues): Promise<boolean> {
  const assignments: SQL[] = [sql`version = version + 1`, sql`updated_at = now()`, sql`form_version = default`];
  for (const field of writableFields(entity)) {
    if (field.id in values) assignments.push(sql`${column(field.id)} = ${bindValue(field, values[field.id])}`);
  }
  const rows = await queryRows(
    db,
    sql`update ${entityTable(entity.key)} set ${sql.join(assignments, sql`, `)} where id = ${id} and version = ${expectedVersion} returning id`,
  );
  return rows.length === 1;
}

export async function deleteRecordRow(db: Db, entity: EntityDef, id: string, expectedVersion?: number): Promise<boolean> {
  const versionCheck = expectedVersion === undefined ? sql`` : sql` and version = ${expectedVersion}`;
  const rows = await queryRows(db, sql`delete from ${entityTable(entity.key)} where id = ${id}${versionCheck} returning id`);
  return rows.length === 1;
}

export async function deleteChildRecords(db: Db, entity: EntityDef, parentId: string): Promise<void> {
  await queryRows(db, sql`delete from ${entityTable(entity.key)} where parent_id = ${parentId}`);
}

export async function findRecord(db: Db, entity: EntityDef, id: string, options: { forUpdate?: boolean } = {}): Promise<RecordDto | undefined> {
  const lock = options.forUpdate ? sql` for update` : sql``;
  const row = await queryOne(db, sql`select ${recordSelectList(entity)} from ${entityTable(entity.key)} where id = ${id}${lock}`);
  return row ? rowToRecord(entity, row) : undefined;
}

export async function findChildRecords(db: Db, entity: EntityDef, parentIds: string[]): Promise<RecordDto[]> {
  if (parentIds.length === 0) return [];
  const rows = await queryRows(
    db,
    sql`select ${recordSelectList(entity)} from ${entityTable(entity.key)}
        where parent_id in (${sql.join(parentIds.map((id) => sql`${id}`), sql`, `)}) order by parent_id, position, id`,
  );
  return rows.map((row) => rowToRecord(entity, row));
}

/** Titles of related records for display, one query per target entity. */
export async function findTitles(db: Db, entity: EntityDef, ids: string[]): Promise<Map<string, string | null>> {
  const unique = [...new Set(ids)];
  const titles = new Map<string, string | null>();
  if (unique.length === 0) return titles;
  const title = entity.titleField ? sql`${column(entity.titleField)}::text` : sql`id::text`;
  const rows = await queryRows<{ id: string; title: string | null }>(
    db,
    sql`select id, ${title} as title from ${entityTable(entity.key)} where id in (${sql.join(unique.map((id) => sql`${id}`), sql`, `)})`,
  );
  for (const row of rows) titles.set(row.id, row.title);
  return titles;
}

/** One field's value of several records, formatted as record responses format it. */
export async function findFieldValues(db: Db, entity: EntityDef, field: FieldDef, ids: string[]): Promise<Map<string, unknown>> {
  const unique = [...new Set(ids)];
  const values = new Map<string, unknown>();
  if (unique.length === 0) return values;
  const rows = await queryRows<{ id: string; value: unknown }>(
    db,
    sql`select id, ${selectExpression(field)} as value from ${entityTable(entity.key)} where id in (${sql.join(unique.map((id) => sql`${id}`), sql`, `)})`,
  );
  for (const row of rows) values.set(row.id, row.value !== null && storageKind(field) === 'integer' ? Number(row.value) : row.value);
  return values;
}

/** Multi-row insert of independent records (ledger movements); returns nothing to stay one round trip. */
export async function insertManyRecords(db: Db, entity: EntityDef, rows: StoredValues[], actorId: string | null): Promise<void> {
  if (rows.length === 0) return;
  await queryRows(db, multiRowInsert(entity, { names: [sql`created_by`], values: () => [actorId] }, rows));
}
