import { z } from 'zod';
import { MetadataKeySchema } from '../metadata/keys';
import { DateRangeInputSchema, isTimeZone, rangeEndingOn, todayIn, type DayRange } from './date-range';
import type { DashboardDef } from './definition';
import { ProblemSink, type DashboardProblem } from './problems';

const FilterValueSchema = z.union([z.string().max(500), z.number(), z.boolean()]);

/**
 * What a viewer picked on the dashboard: a date range (the dashboard's default when absent) and
 * values for its field filters by filter key (one value or several, matched with `in`).
 */
export const DashboardFilterInputSchema = z.object({
  range: DateRangeInputSchema.optional(),
  fields: z.record(MetadataKeySchema, z.union([FilterValueSchema, z.array(FilterValueSchema).min(1).max(1000)])).optional(),
});
export type DashboardFilterInput = z.infer<typeof DashboardFilterInputSchema>;

/** The filters every widget of one request runs with, fixed once so all widgets agree on "today". */
export type ResolvedDashboardFilters = {
  timeZone: string;
  /** The business date when the request was made; a widget with a range of its own resolves it against this day. */
  today: string;
  range: DayRange | null;
  fields: Array<{ entity: string; field: string; values: Array<string | number | boolean> }>;
};

export type ResolveFiltersResult = { ok: true; filters: ResolvedDashboardFilters } | { ok: false; problems: DashboardProblem[] };

export function resolveDashboardFilters(dashboard: DashboardDef, input: DashboardFilterInput, options: { now: Date; timeZone: string }): ResolveFiltersResult {
  const sink = new ProblemSink();
  if (!isTimeZone(options.timeZone)) sink.add('invalid_range', 'timeZone', `未知的时区 ${options.timeZone}`, `Unknown time zone ${options.timeZone}`);
  const rangeInput = input.range ?? dashboard.filters.dateRange?.default;
  const fields: ResolvedDashboardFilters['fields'] = [];
  for (const [key, value] of Object.entries(input.fields ?? {})) {
    const def = dashboard.filters.fields.find((candidate) => candidate.key === key);
    if (!def) {
      sink.add('unknown_field', `fields.${key}`, `仪表盘没有筛选项 ${key}`, `The dashboard has no filter "${key}"`);
      continue;
    }
    fields.push({ entity: def.entity, field: def.field, values: Array.isArray(value) ? value : [value] });
  }
  if (sink.items.length) return { ok: false, problems: sink.items };
  const today = todayIn(options.now, options.timeZone);
  const range = rangeInput ? rangeEndingOn(rangeInput, today) : null;
  return { ok: true, filters: { timeZone: options.timeZone, today, range, fields } };
}

/** No date range and no field filters: what a widget preview in the designer runs with. */
export function noDashboardFilters(timeZone: string, now = new Date()): ResolvedDashboardFilters {
  return { timeZone, today: todayIn(now, timeZone), range: null, fields: [] };
}
