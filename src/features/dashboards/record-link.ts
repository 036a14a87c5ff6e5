import dayjs from 'dayjs';
import type { Widget } from '@/engine/dashboard';
import type { CellValue, WidgetDataDto } from '@/engine/dashboard/dashboard-dto';
import type { EntityDef } from '@/engine/metadata/entity';
import { systemField } from '@/engine/query/system-fields';
import type { FilterScalar } from './cross-filter';
import { dimensionColumns } from './widget-columns';

type Condition = { field: string; op: string; value: unknown };

const PERIOD_UNITS = { day: 'day', week: 'week', month: 'month', quarter: 'quarter', year: 'year' } as const;
const QUARTER_MONTHS = 3;

/** The last day of the period starting on `day` (weeks start on the day given). */
function periodEnd(day: string, truncate: keyof typeof PERIOD_UNITS): string {
  const start = dayjs(day);
  const next = truncate === 'quarter' ? start.add(QUARTER_MONTHS, 'month') : truncate === 'week' ? start.add(7, 'day') : start.add(1, PERIOD_UNITS[truncate] as 'day' | 'month' | 'year');
  return next.subtract(1, 'day').format('YYYY-MM-DD');
}

/** Whole days on a date field; on a date-time field the instants of those days in the reader's zone, as the record list does. */
function dayRange(entity: EntityDef, field: string, from: string, to: string): Condition[] {
  const def = entity.fields.find((candidate) => candidate.id === field) ?? systemField(entity, field);
  const isDateTime = def?.type === 'datetime';
  if (!isDateTime) return [{ field, op: 'between', value: [from, to] }];
  return [{ field, op: 'between', value: [dayjs(from).startOf('day').toISOString(), dayjs(to).endOf('day').toISOString()] }];
}

function ownConditions(filter: unknown): Condition[] {
  const and = (filter as { and?: unknown } | null | undefined)?.and;
  if (!Array.isArray(and)) return [];
  return and.filter((condition): condition is Condition => typeof condition === 'object' && condition !== null && typeof (condition as Condition).field === 'string' && !(condition as Condition).field.includes('.'));
}

/**
 * The record list (`/r/{entity}?filter=…`) showing the records behind one row of a table widget:
 * its own filter, the range on its date field, the row's dimension values and the dashboard's
 * field filters. Conditions through a relation (`customer.region`) have no place in the list's
 * filter, so such a list can show more records than the row counted.
 */
export function recordsHref(widget: Widget, data: WidgetDataDto, row: Record<string, CellValue>, entity: EntityDef, fieldFilters: Array<{ entity: string; field: string; value: FilterScalar | FilterScalar[] }>): string {
  const and: Condition[] = [...ownConditions(widget.dataset.filter)];
  if (widget.dateField && !widget.dateField.includes('.') && data.range) and.push(...dayRange(entity, widget.dateField, data.range.from, data.range.to));
  for (const column of dimensionColumns(data.columns)) {
    const dimension = widget.dataset.dimensions.find((candidate) => candidate.key === column.key);
    if (!dimension || dimension.field.includes('.')) continue;
    const value = row[column.key] ?? null;
    if (value === null) and.push({ field: dimension.field, op: 'isNull', value: true });
    else if (dimension.truncate) and.push(...dayRange(entity, dimension.field, String(value), periodEnd(String(value), dimension.truncate)));
    else and.push({ field: dimension.field, op: 'eq', value });
  }
  for (const filter of fieldFilters) {
    if (filter.entity !== widget.dataset.entity || filter.field.includes('.')) continue;
    and.push(Array.isArray(filter.value) ? { field: filter.field, op: 'in', value: filter.value } : { field: filter.field, op: 'eq', value: filter.value });
  }
  const path = `/r/${encodeURIComponent(widget.dataset.entity)}`;
  return and.length > 0 ? `${path}?filter=${encodeURIComponent(JSON.stringify({ and }))}` : path;
}
