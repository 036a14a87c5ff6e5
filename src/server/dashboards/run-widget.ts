import { planWidget, type ResolvedDashboardFilters, type Widget } from '@/engine/dashboard';
import type { Db } from '../db/types';
import { queryRows } from '../db/sql';
import { assertCan, type Actor } from '../auth/actor';
import { AppError, mapDbErrors } from '../errors';
import { requireEntity, type EntityRegistry } from '../services/entity-registry';
import { cellValue, MAX_WIDGET_ROWS, type CellValue, type WidgetData } from './widget-data';
import { widgetSql } from './widget-sql';

/**
 * Runs one widget: checks it against metadata, the actor's read permission on every entity it
 * reads, then ONE parametrised query that groups and aggregates in the database. A KPI's
 * previous-period figures come from the same query (FILTER over both periods).
 */
export async function runWidget(db: Db, actor: Actor, registry: EntityRegistry, widget: Widget, filters: ResolvedDashboardFilters): Promise<WidgetData> {
  const planned = planWidget(widget, registry.get, filters);
  if (!planned.ok) {
    throw new AppError(422, 'validation_failed', planned.problems.map((problem) => problem.message.en).join('; '), { problems: planned.problems });
  }
  const { plan } = planned;
  for (const key of plan.reads) assertCan(actor, requireEntity(registry, key), 'read');
  const { query, selected } = widgetSql(plan, filters.timeZone, MAX_WIDGET_ROWS + 1);
  const raw = await mapDbErrors(() => queryRows<Record<string, unknown>>(db, query));
  const truncated = plan.limit === null && raw.length > MAX_WIDGET_ROWS;
  const byKey = new Map(plan.columns.filter((column) => column.role !== 'title').map((column) => [column.key, column]));
  const titles = new Map(plan.columns.filter((column) => column.role === 'title').map((column) => [column.of!, column]));
  let previous: Record<string, CellValue> | null = null;
  const rows = raw.slice(0, MAX_WIDGET_ROWS).map((values) => {
    const row: Record<string, CellValue> = {};
    selected.forEach((column, index) => {
      const text = values[`c${index}`];
      if (column.role === 'previous') {
        previous ??= {};
        previous[column.key] = cellValue(byKey.get(column.key), text);
      } else if (column.role === 'title') {
        const title = titles.get(column.key)!;
        row[title.key] = cellValue(title, text);
      } else {
        row[column.key] = cellValue(byKey.get(column.key), text);
      }
    });
    return row;
  });
  return {
    key: widget.key,
    columns: plan.columns,
    rows,
    previous,
    range: plan.range,
    previousRange: plan.comparison?.previousRange ?? null,
    truncated,
  };
}
