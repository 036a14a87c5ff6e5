import { sql } from 'drizzle-orm';
import type { EntityDef } from '@/engine/metadata/entity';
import type { FieldDef } from '@/engine/metadata/field';
import type { RecordDto } from '@/engine/contract/api-types';
import { queryRows } from '../db/sql';
import type { Db } from '../db/types';
import { bindValue, recordSelectList, rowToRecord } from './record-row';
import { column, entityTable } from './table-names';

/** Records whose field equals one of the (normalised) values; used to match import keys. */
export async function findRecordsByValues(db: Db, entity: EntityDef, field: FieldDef, values: unknown[]): Promise<RecordDto[]> {
  if (values.length === 0) return [];
  const rows = await queryRows(
    db,
    sql`select ${recordSelectList(entity)} from ${entityTable(entity.key)}
        where ${column(field.id)} in (${sql.join(values.map((value) => bindValue(field, value)), sql`, `)})`,
  );
  return rows.map((row) => rowToRecord(entity, row));
}

/** Ids of records whose field, read as text, is one of `texts` (titles, SKUs, ids typed into a sheet). */
export async function findIdsByText(db: Db, entity: EntityDef, fieldId: string | 'id', texts: string[]): Promise<Array<{ id: string; text: string }>> {
  if (texts.length === 0) return [];
  // Ids are compared as uuids so the primary key's index serves them; callers pass only valid uuids.
  const [target, condition] =
    fieldId === 'id'
      ? [sql`id`, sql`id in (${sql.join(texts.map((text) => sql`${text}::uuid`), sql`, `)})`]
      : [column(fieldId), sql`${column(fieldId)}::text in (${sql.join(texts.map((text) => sql`${text}`), sql`, `)})`];
  return queryRows<{ id: string; text: string }>(db, sql`select id, ${target}::text as text from ${entityTable(entity.key)} where ${condition}`);
}
