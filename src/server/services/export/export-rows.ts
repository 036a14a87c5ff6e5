import type { RecordDto } from '@/engine/contract/api-types';
import type { EntityDef } from '@/engine/metadata/entity';
import type { Locale } from '@/engine/metadata/keys';
import type { FilterAst } from '@/engine/query/filter';
import type { SortTerm } from '@/engine/query/sort';
import { exportCell, type ExportCell, type ExportColumn, type ExportFormat } from '@/engine/spreadsheet/export-cells';
import type { Db } from '../../db/types';
import { listRecordRows } from '../../store/list-records';
import { findChildRecords } from '../../store/records';
import { BUSINESS_TIME_ZONE } from '../business-time-zone';
import type { EntityRegistry } from '../entity-registry';
import { attachDisplay } from '../get-record';

/** Records per query: enough to keep round trips few, small enough that memory stays flat. */
export const EXPORT_PAGE_SIZE = 1_000;

export type ExportQuery = { registry: EntityRegistry; entity: EntityDef; columns: ExportColumn[]; filter: FilterAst | null; sort: SortTerm[]; locale: Locale; format: ExportFormat };

function cellsOf(query: ExportQuery, record: RecordDto, line: RecordDto | undefined): ExportCell[] {
  const context = { locale: query.locale, format: query.format, timeZone: BUSINESS_TIME_ZONE };
  return query.columns.map((column) => {
    const source = column.childTable ? line : record;
    if (!source) return null;
    return exportCell(column.field, source[column.field.id], source._display?.[column.field.id], context);
  });
}

/**
 * The file's rows, page by page in the list's filter and order. A record with line items gives
 * one row per line (parent columns repeated) so the file can be imported again; one without lines
 * gives one row.
 */
export async function* exportRows(db: Db, query: ExportQuery): AsyncGenerator<ExportCell[][]> {
  const tables = query.entity.fields.filter((field) => field.type === 'child_table' && !field.removed);
  for (let page = 1; ; page += 1) {
    const { rows } = await listRecordRows(db, query.entity, { filter: query.filter, sort: query.sort, page, pageSize: EXPORT_PAGE_SIZE });
    await attachDisplay(db, query.registry, query.entity, rows);
    const linesByParent = new Map<string, RecordDto[]>();
    for (const table of tables) {
      const child = table.type === 'child_table' ? query.registry.get(table.entity) : undefined;
      if (!child) continue;
      const lines = await findChildRecords(db, child, rows.map((record) => record.id));
      await attachDisplay(db, query.registry, child, lines);
      for (const line of lines) linesByParent.set(String(line.parent_id), [...(linesByParent.get(String(line.parent_id)) ?? []), line]);
    }
    const out: ExportCell[][] = [];
    for (const record of rows) {
      const lines = linesByParent.get(record.id) ?? [];
      if (lines.length === 0) out.push(cellsOf(query, record, undefined));
      for (const line of lines) out.push(cellsOf(query, record, line));
    }
    if (out.length > 0) yield out;
    if (rows.length < EXPORT_PAGE_SIZE) return;
  }
}
