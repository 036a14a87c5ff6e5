import { sql, type SQL } from 'drizzle-orm';
import { activeFields, type EntityDef } from '@/engine/metadata/entity';
import type { RecordDto } from '@/engine/contract/api-types';
import type { FilterAst } from '@/engine/query/filter';
import type { SortTerm } from '@/engine/query/sort';
import { queryOne, queryRows } from '../db/sql';
import type { Db } from '../db/types';
import { filterToSql, escapeLike } from './filter-sql';
import { recordSelectList, rowToRecord } from './record-row';
import { column, entityTable } from './table-names';

export type ListQuery = {
  filter: FilterAst | null;
  sort: SortTerm[];
  page: number;
  pageSize: number;
  /** Free-text search on the entity's title field (relation pickers). */
  search?: string;
};

/** What a picker's search box matches: the title, phone numbers and unique codes (people search by those). */
function searchFields(entity: EntityDef): string[] {
  const fields = activeFields(entity).filter((field) => field.type === 'phone' || (field.type === 'text' && field.unique));
  return [...new Set([...(entity.titleField ? [entity.titleField] : []), ...fields.map((field) => field.id)])];
}

export async function listRecordRows(db: Db, entity: EntityDef, query: ListQuery): Promise<{ rows: RecordDto[]; total: number }> {
  const conditions: SQL[] = [];
  if (query.filter) conditions.push(filterToSql(query.filter));
  const searchable = searchFields(entity);
  if (query.search && searchable.length) {
    const pattern = `%${escapeLike(query.search)}%`;
    conditions.push(sql`(${sql.join(searchable.map((field) => sql`${column(field)}::text ilike ${pattern}`), sql` or `)})`);
  }
  const where = conditions.length ? sql` where ${sql.join(conditions, sql` and `)}` : sql``;
  const table = entityTable(entity.key);
  // Qualified with the table: a bare name in ORDER BY would pick the select list's text rendering
  // of the column and sort numbers and dates as strings.
  const order = query.sort.map((term) => sql`${table}.${column(term.field)} ${term.direction === 'desc' ? sql`desc nulls last` : sql`asc nulls first`}`);
  if (query.sort.length === 0) order.push(sql`${table}.created_at desc`);
  // id as the last key makes the order total, so pages never repeat or skip a record.
  order.push(sql`${table}.id`);
  const offset = (query.page - 1) * query.pageSize;
  const [rows, count] = await Promise.all([
    queryRows(db, sql`select ${recordSelectList(entity)} from ${table}${where} order by ${sql.join(order, sql`, `)} limit ${query.pageSize} offset ${offset}`),
    queryOne<{ total: string | number }>(db, sql`select count(*) as total from ${table}${where}`),
  ]);
  return { rows: rows.map((row) => rowToRecord(entity, row)), total: Number(count?.total ?? 0) };
}
