import { DATE_RANGE_PRESETS, DateRangeInputSchema, type DateRangeInput } from '@/engine/dashboard';
import type { FilterScalar } from './cross-filter';

export const REFRESH_MINUTES = [0, 1, 5, 15, 60] as const;
export type RefreshMinutes = (typeof REFRESH_MINUTES)[number];

export const RANGE_PRESETS = DATE_RANGE_PRESETS.filter((preset) => preset !== 'custom');

/** What the page's address keeps: the range picked (none = the dashboard's default) and the refresh interval. */
export type DashboardQuery = { range: DateRangeInput | null; refresh: RefreshMinutes };

type Params = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export function readDashboardQuery(params: Params): DashboardQuery {
  const from = first(params.from);
  const to = first(params.to);
  const preset = first(params.preset);
  const candidate = from || to ? { preset: 'custom', from, to } : preset ? { preset } : null;
  const parsed = candidate ? DateRangeInputSchema.safeParse(candidate) : null;
  const refresh = Number(first(params.refresh));
  return {
    range: parsed?.success ? parsed.data : null,
    refresh: (REFRESH_MINUTES as readonly number[]).includes(refresh) ? (refresh as RefreshMinutes) : 0,
  };
}

/** A custom range as `from`/`to`, a preset by name, so a reload after midnight moves "last 7 days" along. */
export function rangeParams(range: DateRangeInput | null): URLSearchParams {
  const params = new URLSearchParams();
  if (range?.preset === 'custom') {
    params.set('from', range.from);
    params.set('to', range.to);
  } else if (range) params.set('preset', range.preset);
  return params;
}

export function dashboardSearch(query: DashboardQuery): string {
  const params = rangeParams(query.range);
  if (query.refresh) params.set('refresh', String(query.refresh));
  const search = params.toString();
  return search ? `?${search}` : '';
}

export function dashboardPath(key: string): string {
  return `/api/v1/dashboards/${encodeURIComponent(key)}`;
}

/** `GET /api/v1/dashboards/{key}/data?from=&to=` or `?preset=`, with `filters` = field filter values by filter key. */
export function dashboardDataPath(key: string, range: DateRangeInput | null, fields: Record<string, FilterScalar | FilterScalar[]>): string {
  const params = rangeParams(range);
  if (Object.keys(fields).length > 0) params.set('filters', JSON.stringify(fields));
  const search = params.toString();
  return `${dashboardPath(key)}/data${search ? `?${search}` : ''}`;
}
