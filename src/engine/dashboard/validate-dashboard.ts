import type { EntityLookup } from '../metadata/entity';
import type { DashboardDef } from './definition';
import { noDashboardFilters } from './filters';
import { PlanContext } from './plan-context';
import { planWidget } from './plan-widget';
import { ProblemSink, type DashboardProblem } from './problems';
import { parseDashboardDef } from './parse';

/**
 * Checks what the schema cannot: every entity, relation and field a widget or filter names exists
 * and suits its use (sums over numbers, truncation of dates), keys are unique, visuals fit their
 * data. Messages name the widget, in every UI language.
 */
export function validateDashboard(dashboard: DashboardDef, lookup: EntityLookup): DashboardProblem[] {
  const sink = new ProblemSink();
  const keys = new Set<string>();
  dashboard.widgets.forEach((widget, index) => {
    if (keys.has(widget.key)) sink.add('duplicate_key', `widgets[${index}].key`, `组件键 ${widget.key} 重复`, `The widget key "${widget.key}" is used twice`);
    keys.add(widget.key);
  });
  const filterKeys = new Set<string>();
  dashboard.filters.fields.forEach((filter, index) => {
    const at = `filters.fields[${index}]`;
    if (filterKeys.has(filter.key)) sink.add('duplicate_key', `${at}.key`, `筛选项键 ${filter.key} 重复`, `The filter key "${filter.key}" is used twice`);
    filterKeys.add(filter.key);
    const entity = lookup(filter.entity);
    if (!entity) sink.add('unknown_entity', `${at}.entity`, `筛选项的实体 ${filter.entity} 不存在`, `The filter's entity "${filter.entity}" does not exist`);
    else new PlanContext(entity, lookup, sink).resolve(filter.field, `${at}.field`);
  });
  const problems = [...sink.items];
  for (const widget of dashboard.widgets) {
    const planned = planWidget(widget, lookup, noDashboardFilters('UTC'));
    if (!planned.ok) problems.push(...planned.problems);
  }
  return problems;
}

/** Parses a stored or submitted document and validates it; schema issues come back as problems too. */
export function checkDashboardDocument(doc: unknown, lookup: EntityLookup): { ok: true; dashboard: DashboardDef } | { ok: false; problems: DashboardProblem[] } {
  const parsed = parseDashboardDef(doc);
  if (!parsed.ok) {
    return {
      ok: false,
      problems: parsed.issues.map((issue) => ({
        path: issue.path,
        code: 'invalid_definition' as const,
        message: { 'zh-CN': `仪表盘定义无效：${issue.path} ${issue.message}`, en: `Invalid dashboard definition: ${issue.path} ${issue.message}` },
      })),
    };
  }
  const problems = validateDashboard(parsed.dashboard, lookup);
  return problems.length ? { ok: false, problems } : { ok: true, dashboard: parsed.dashboard };
}
