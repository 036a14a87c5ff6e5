import type { ResultColumn } from '@/engine/dashboard';
import type { CellValue, WidgetDataDto } from '@/engine/dashboard/dashboard-dto';
import { formatDimension, type DimensionContext } from './format';
import { dimensionColumns, measureColumns } from './widget-columns';

export type PivotColumn = { key: string; title: string; measure: ResultColumn };
export type PivotGroup = { key: string; title: string; columns: PivotColumn[] };
export type PivotRow = { key: string; label: string; cells: Record<string, CellValue> };
export type PivotModel = { rowDimension: ResultColumn; groups: PivotGroup[]; rows: PivotRow[] };

/**
 * First dimension down the side, second across the top, one cell per measure under each top
 * value. Both orders are the server's (its sort), so the pivot reads like the query.
 */
export function pivotModel(data: WidgetDataDto, ctx: DimensionContext): PivotModel | null {
  const [side, top] = dimensionColumns(data.columns);
  const measures = measureColumns(data.columns);
  if (!side || !top || measures.length === 0) return null;
  const groups = new Map<string, PivotGroup>();
  const rows = new Map<string, PivotRow>();
  for (const row of data.rows) {
    const topKey = JSON.stringify(row[top.key] ?? null);
    if (!groups.has(topKey)) {
      const title = formatDimension(row[top.key] ?? null, top, row, data.columns, ctx);
      groups.set(topKey, { key: topKey, title, columns: measures.map((measure) => ({ key: `${topKey}|${measure.key}`, title, measure })) });
    }
    const sideKey = JSON.stringify(row[side.key] ?? null);
    let pivotRow = rows.get(sideKey);
    if (!pivotRow) {
      pivotRow = { key: sideKey, label: formatDimension(row[side.key] ?? null, side, row, data.columns, ctx), cells: {} };
      rows.set(sideKey, pivotRow);
    }
    for (const measure of measures) pivotRow.cells[`${topKey}|${measure.key}`] = row[measure.key] ?? null;
  }
  return { rowDimension: side, groups: [...groups.values()], rows: [...rows.values()] };
}
