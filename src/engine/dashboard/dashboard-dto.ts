import type { ErrorCode } from '../contract/api-types';
import type { Label } from '../metadata/keys';
import type { DayRange } from './date-range';
import type { ResultColumn } from './plan';

/**
 * What the dashboards API sends, shared by the route handlers and the page that draws it: the
 * client may not import server modules, so the contract lives here.
 */
export type CellValue = string | number | boolean | null;

/** One widget's rows keyed by column key; `columns` say what each key holds and how to show it. */
export type WidgetDataDto = {
  key: string;
  columns: ResultColumn[];
  rows: Array<Record<string, CellValue>>;
  /** KPI comparison: each measure over the previous period of the same length; null without one. */
  previous: Record<string, CellValue> | null;
  range: DayRange | null;
  previousRange: DayRange | null;
  /** More groups matched than the widget returns; the rest were cut off. */
  truncated: boolean;
};

export type WidgetErrorDto = { code: ErrorCode; message: string; details?: unknown };

export type WidgetResultDto = { key: string; ok: true; data: WidgetDataDto } | { key: string; ok: false; error: WidgetErrorDto };

/** `GET /api/v1/dashboards/{key}/data` → `{ data: DashboardDataDto }`. */
export type DashboardDataDto = { range: DayRange | null; widgets: WidgetResultDto[] };

/** An entry of `GET /api/v1/dashboards` → `{ data: DashboardSummaryDto[] }`. */
export type DashboardSummaryDto = { key: string; name: Label; description: Label | null; version: number; widgetCount: number };
