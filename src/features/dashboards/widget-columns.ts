import type { ResultColumn, Widget } from '@/engine/dashboard';
import type { CellValue } from '@/engine/dashboard/dashboard-dto';

export const dimensionColumns = (columns: ResultColumn[]) => columns.filter((column) => column.role === 'dimension');
export const measureColumns = (columns: ResultColumn[]) => columns.filter((column) => column.role === 'measure');

const COUNTS = new Set(['count', 'count_distinct', 'count_groups']);

/**
 * Measures to show as percentages: a ratio of two counts is a share of records (a repurchase
 * rate, a completion rate). Other ratios, such as an amount per order, stay numbers.
 */
export function percentMeasures(widget: Widget): Set<string> {
  return new Set(
    widget.dataset.measures
      .filter((measure) => measure.op === 'ratio' && 'numerator' in measure && COUNTS.has(measure.numerator.op) && COUNTS.has(measure.denominator.op))
      .map((measure) => measure.key),
  );
}

/** Numbers for a chart axis; exact decimal strings only matter for labels, which format the raw value. */
export function chartNumber(value: CellValue | undefined): number | null {
  if (value === null || value === undefined || value === '' || typeof value === 'boolean') return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}

const ADDITIVE = new Set(['count', 'count_distinct', 'count_groups', 'sum']);

/** Measures whose value for a period without records is 0 rather than unknown (an average has none). */
export function additiveMeasures(widget: Widget): Set<string> {
  return new Set(widget.dataset.measures.filter((measure) => ADDITIVE.has(measure.op)).map((measure) => measure.key));
}
