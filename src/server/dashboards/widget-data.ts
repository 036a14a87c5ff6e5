import type { DayRange, ResultColumn } from '@/engine/dashboard';

export type CellValue = string | number | boolean | null;

/**
 * One widget's data in a shape charts take directly (an echarts `dataset.source` of objects):
 * `rows` keyed by column key, `columns` saying what each key holds and how to show it.
 */
export type WidgetData = {
  key: string;
  columns: ResultColumn[];
  rows: Array<Record<string, CellValue>>;
  /** KPI comparison: each measure over the previous period of the same length; null without one. */
  previous: Record<string, CellValue> | null;
  range: DayRange | null;
  previousRange: DayRange | null;
  /** More groups matched than a widget returns; the rest were cut off. */
  truncated: boolean;
};

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
