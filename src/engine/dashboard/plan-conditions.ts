import type { DayRange } from './date-range';
import { previousPeriod, rangeEndingOn, rangeInstants } from './date-range';
import type { Widget } from './definition';
import type { ResolvedDashboardFilters } from './filters';
import type { PlannedCondition, WidgetPlan } from './plan';
import type { PlanContext } from './plan-context';
import { relationTarget } from './field-path';

type Conditions = { where: PlannedCondition[]; comparison: WidgetPlan['comparison']; range: DayRange | null };

/** The range as a filter in the list's spec: whole days for a date field, a half-open instant range for a date-time. */
function rangeFilter(field: string, valueType: string, range: DayRange, timeZone: string): unknown {
  if (valueType === 'date') return { and: [{ field, op: 'gte', value: range.from }, { field, op: 'lte', value: range.to }] };
  const { start, end } = rangeInstants(range, timeZone);
  return { and: [{ field, op: 'gte', value: start }, { field, op: 'lt', value: end }] };
}

function dateRangeConditions(ctx: PlanContext, widget: Widget, filters: ResolvedDashboardFilters, conditions: Conditions): void {
  if (!widget.dateField) {
    if (widget.range) ctx.sink.add('invalid_range', 'range', '组件自己的日期范围需要指定日期字段', 'a date range of its own needs a date field (dateField)');
    return;
  }
  const path = ctx.resolve(widget.dateField, 'dateField');
  if (!path) return;
  const { valueType, def } = path.field;
  if (valueType !== 'date' && valueType !== 'datetime') {
    ctx.sink.add('not_date', 'dateField', `日期范围只能作用于日期字段，${widget.dateField} 不是`, `The date range needs a date field; "${widget.dateField}" is not one`);
    return;
  }
  const range = widget.range ? rangeEndingOn(widget.range, filters.today) : filters.range;
  if (!range) return;
  conditions.range = range;
  const spec = (days: DayRange) => rangeFilter(def.id, valueType, days, filters.timeZone);
  if (widget.visual.type === 'kpi' && widget.visual.compare) {
    const previousRange = previousPeriod(range);
    const current = ctx.condition(path.entity, path.relation, spec(range), 'dateField');
    const previous = ctx.condition(path.entity, path.relation, spec(previousRange), 'dateField');
    // One scan over both periods; the aggregates then pick each period with FILTER.
    const either = ctx.condition(path.entity, path.relation, { or: [spec(range), spec(previousRange)] }, 'dateField');
    if (current && previous && either) {
      conditions.where.push(either);
      conditions.comparison = { current, previous, range, previousRange };
    }
    return;
  }
  const current = ctx.condition(path.entity, path.relation, spec(range), 'dateField');
  if (current) conditions.where.push(current);
}

/** The widget's own filters, its relation filters, the dashboard's date range and the field filters on its entity. */
export function planConditions(ctx: PlanContext, widget: Widget, filters: ResolvedDashboardFilters): Conditions {
  const conditions: Conditions = { where: [], comparison: null, range: null };
  const own = ctx.condition(ctx.entity, null, widget.dataset.filter, 'dataset.filter');
  if (own) conditions.where.push(own);
  widget.dataset.relationFilters.forEach((spec, index) => {
    const at = `dataset.relationFilters[${index}]`;
    const target = relationTarget(ctx.entity, spec.relation, ctx.lookup);
    if (!target.ok) {
      ctx.resolve(`${spec.relation}.id`, `${at}.relation`);
      return;
    }
    const condition = ctx.condition(target.target, spec.relation, spec.filter, `${at}.filter`);
    if (condition) conditions.where.push(condition);
  });
  dateRangeConditions(ctx, widget, filters, conditions);
  filters.fields.forEach((filter, index) => {
    if (filter.entity !== ctx.entity.key) return;
    const at = `filters.fields[${index}]`;
    const path = ctx.resolve(filter.field, at);
    if (!path) return;
    const condition = ctx.condition(path.entity, path.relation, { field: path.field.def.id, op: 'in', value: filter.values }, at);
    if (condition) conditions.where.push(condition);
  });
  return conditions;
}
