import { sql, type SQL } from 'drizzle-orm';
import type { EntityDef } from '@/engine/metadata/entity';
import type { FilterAst } from '@/engine/query/filter';
import { queryRows } from '../db/sql';
import type { Db } from '../db/types';
import { filterToSql } from '../store/filter-sql';
import { entityTable } from '../store/table-names';

export type ScheduledRecordsQuery = { entity: EntityDef; filter: FilterAst | null; workflowKey: string; occurrence: Date; after?: string; limit: number };

/**
 * The next page of matching records in id order after `after` (keyset paging, so records created
 * meanwhile neither shift nor repeat a page), each with whether the occurrence must skip it: the
 * workflow is running on it, or already started on it since this occurrence. A page is the same set
 * of records whenever it runs, so one run again after a crash between its commit and its job's
 * `done` starts nothing twice, even where the instances finished at once.
 */
export async function scheduledRecords(db: Db, query: ScheduledRecordsQuery): Promise<Array<{ id: string; skip: boolean }>> {
  const table = entityTable(query.entity.key);
  const conditions: SQL[] = [];
  if (query.filter) conditions.push(filterToSql(query.filter));
  if (query.after) conditions.push(sql`${table}.id > ${query.after}::uuid`);
  const where = conditions.length ? sql` where ${sql.join(conditions, sql` and `)}` : sql``;
  const skip = sql`exists (select 1 from workflow_instances wi where wi.workflow_key = ${query.workflowKey} and wi.entity = ${query.entity.key} and wi.record_id = ${table}.id
    and (wi.status = 'running' or wi.started_at >= ${query.occurrence.toISOString()}::timestamptz))`;
  const rows = await queryRows<{ id: string; skip: boolean | string }>(db, sql`select ${table}.id, ${skip} as skip from ${table}${where} order by ${table}.id limit ${query.limit}`);
  return rows.map((row) => ({ id: row.id, skip: row.skip === true || row.skip === 't' }));
}
