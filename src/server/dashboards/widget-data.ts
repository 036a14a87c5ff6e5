import type { ResultColumn } from '@/engine/dashboard';
import type { CellValue, WidgetDataDto } from '@/engine/dashboard/dashboard-dto';

export type { CellValue };

/** One widget's data, as the API contract declares it: rows keyed by column key, ready for an echarts dataset. */
export type WidgetData = WidgetDataDto;

/** The most groups a widget without a top N returns; a chart cannot show more anyway. */
export const MAX_WIDGET_ROWS = 5000;

/** Counts come back as numbers; decimals stay exact strings, as everywhere in the API. */
export function cellValue(column: ResultColumn | undefined, text: unknown): CellValue {
  if (text === null || text === undefined) return null;
  const value = String(text);
  if (column?.type === 'integer') return Number(value);
  if (column?.type === 'boolean') return value === 'true';
  return value;
}
