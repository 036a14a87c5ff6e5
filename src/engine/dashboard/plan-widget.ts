import type { EntityLookup } from '../metadata/entity';
import type { Widget } from './definition';
import type { ResolvedDashboardFilters } from './filters';
import type { PlannedDimension, PlannedMeasure, ResultColumn, WidgetPlan } from './plan';
import { planConditions } from './plan-conditions';
import { PlanContext } from './plan-context';
import { planDimension } from './plan-dimensions';
import { planFieldCondition } from './plan-field-conditions';
import { planMeasure } from './plan-measures';
import { ProblemSink, type DashboardProblem } from './problems';

export type PlanWidgetResult = { ok: true; plan: WidgetPlan } | { ok: false; problems: DashboardProblem[] };

/** How many dimensions and measures each visual can draw: [min dims, max dims, max measures]. */
const VISUAL_SHAPES: Record<Widget['visual']['type'], [number, number, number]> = {
  kpi: [0, 0, 20],
  line: [1, 2, 20],
  bar: [1, 2, 20],
  stacked_bar: [2, 2, 20],
  pie: [1, 1, 1],
  donut: [1, 1, 1],
  table: [0, 3, 20],
  pivot: [2, 2, 20],
};

function checkVisual(widget: Widget, sink: ProblemSink): void {
  const [minDims, maxDims, maxMeasures] = VISUAL_SHAPES[widget.visual.type];
  const dims = widget.dataset.dimensions.length;
  const measures = widget.dataset.measures.length;
  if (dims < minDims || dims > maxDims || measures > maxMeasures) {
    const wanted = minDims === maxDims ? `${minDims}` : `${minDims}–${maxDims}`;
    const extra = maxMeasures === 1 ? { zh: '、1 个指标', en: ' and 1 measure' } : { zh: '', en: '' };
    sink.add('visual_mismatch', 'visual', `${widget.visual.type} 需要 ${wanted} 个维度${extra.zh}，当前是 ${dims} 个维度、${measures} 个指标`, `a ${widget.visual.type} needs ${wanted} dimension(s)${extra.en}; it has ${dims} dimension(s) and ${measures} measure(s)`);
  }
}

/**
 * Checks a widget against entity metadata and turns it, with the dashboard's resolved filters,
 * into a plan the SQL renderer can follow without looking at metadata again.
 */
export function planWidget(widget: Widget, lookup: EntityLookup, filters: ResolvedDashboardFilters): PlanWidgetResult {
  const sink = new ProblemSink(widget);
  const entity = lookup(widget.dataset.entity);
  if (!entity) {
    sink.add('unknown_entity', 'dataset.entity', `实体 ${widget.dataset.entity} 不存在`, `the entity "${widget.dataset.entity}" does not exist`);
    return { ok: false, problems: sink.items };
  }
  checkVisual(widget, sink);
  const ctx = new PlanContext(entity, lookup, sink);
  const dimensions: PlannedDimension[] = [];
  const measures: PlannedMeasure[] = [];
  const columns: ResultColumn[] = [];
  widget.dataset.dimensions.forEach((dimension, index) => {
    const planned = planDimension(ctx, dimension, `dataset.dimensions[${index}]`);
    if (!planned) return;
    dimensions.push(planned.dimension);
    columns.push(...planned.columns);
  });
  widget.dataset.measures.forEach((measure, index) => {
    const planned = planMeasure(ctx, measure, `dataset.measures[${index}]`);
    if (!planned) return;
    measures.push(planned.measure);
    columns.push(planned.column);
  });
  const seen = new Set<string>();
  for (const column of columns) {
    if (seen.has(column.key)) sink.add('duplicate_key', 'dataset', `键 ${column.key} 重复，维度和指标的键必须各不相同`, `the key "${column.key}" is used twice; dimension and measure keys must differ`);
    seen.add(column.key);
  }
  const sortable = new Set([...widget.dataset.dimensions.map((d) => d.key), ...widget.dataset.measures.map((m) => m.key)]);
  widget.dataset.sort.forEach((term, index) => {
    if (!sortable.has(term.key)) sink.add('unknown_sort_key', `dataset.sort[${index}].key`, `排序键 ${term.key} 不是维度或指标`, `the sort key "${term.key}" is not a dimension or measure`);
  });
  const { where, comparison, range } = planConditions(ctx, widget, filters);
  const fieldConditions = (widget.dataset.fieldConditions ?? []).flatMap((condition, index) => planFieldCondition(ctx, condition, `dataset.fieldConditions[${index}]`) ?? []);
  if (sink.items.length) return { ok: false, problems: sink.items };

  const limit = widget.dataset.limit ?? null;
  let sort = widget.dataset.sort.map((term) => ({ key: term.key, direction: term.direction }));
  // Top N without an order means the N largest by the first measure.
  if (sort.length === 0 && limit !== null) sort = [{ key: measures[0].key, direction: 'desc' }];
  return {
    ok: true,
    plan: {
      widget: widget.key,
      entity: entity.key,
      reads: [...ctx.reads],
      joins: [...ctx.joins.values()],
      dimensions,
      measures,
      where,
      fieldConditions,
      comparison,
      sort,
      limit,
      columns,
      range,
    },
  };
}
