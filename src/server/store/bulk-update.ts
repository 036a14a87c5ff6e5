import { sql, type SQL } from 'drizzle-orm';
import type { EntityDef } from '@/engine/metadata/entity';
import type { RecordDto } from '@/engine/contract/api-types';
import { queryRows } from '../db/sql';
import type { Db } from '../db/types';
import { columnType } from './column-types';
import { bindValue, recordSelectList, rowToRecord, writableFields } from './record-row';
import type { StoredValues } from './records';
import { rowsPerStatement } from './bulk-insert';
import { checkedKey, column, entityTable } from './table-names';

const valueColumn = (fieldId: string): SQL => sql`${sql.identifier(`v_${checkedKey(fieldId)}`)}`;

export type BulkChange = { id: string; version: number; values: StoredValues };

/**
 * Updates many records with one `UPDATE … FROM (VALUES …)` per chunk, each only when its version
 * still matches (optimistic locking, as for single updates). All changes must set the same
 * fields. Returns the records that were updated; a missing id means its version was stale.
 */
export async function bulkUpdateRecords(db: Db, entity: EntityDef, changes: BulkChange[]): Promise<RecordDto[]> {
  if (changes.length === 0) return [];
  const fields = writableFields(entity).filter((field) => field.id in changes[0].values);
  // The VALUES list names its columns v_<field>, so the unqualified names in RETURNING stay the table's.
  const names = [sql`v_id`, sql`v_version`, ...fields.map((field) => valueColumn(field.id))];
  const assignments: SQL[] = [sql`version = t.version + 1`, sql`updated_at = now()`, sql`form_version = default`];
  for (const field of fields) assignments.push(sql`${column(field.id)} = v.${valueColumn(field.id)}`);
  const updated: RecordDto[] = [];
  const chunk = rowsPerStatement(entity, changes.length);
  for (let start = 0; start < changes.length; start += chunk) {
    // Each value carries its column's type: VALUES would otherwise type untyped parameters as text.
    const tuples = changes.slice(start, start + chunk).map(({ id, version, values }) => {
      const cells = fields.map((field) => sql`(${bindValue(field, values[field.id])})::${columnType(field)}`);
      return sql`(${sql.join([sql`${id}::uuid`, sql`${version}::integer`, ...cells], sql`, `)})`;
    });
    const rows = await queryRows(
      db,
      sql`update ${entityTable(entity.key)} as t set ${sql.join(assignments, sql`, `)}
          from (values ${sql.join(tuples, sql`, `)}) as v (${sql.join(names, sql`, `)})
          where t.id = v.v_id and t.version = v.v_version
          returning ${recordSelectList(entity)}`,
    );
    updated.push(...rows.map((row) => rowToRecord(entity, row)));
  }
  return updated;
}
