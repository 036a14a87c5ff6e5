'use client';

import { useCallback, useEffect, useMemo } from 'react';
import type { DateRangeInput } from '@/engine/dashboard';
import type { DashboardDataDto, WidgetResultDto } from '@/engine/dashboard/dashboard-dto';
import type { ApiError } from '@/features/runtime/api-client';
import { useApiQuery } from '@/features/runtime/use-api-query';
import { mergedFieldFilters, type CrossFilter, type FilterScalar } from './cross-filter';
import { dashboardDataPath, type RefreshMinutes } from './dashboard-query';

export type WidgetState = {
  result: WidgetResultDto | undefined;
  /** A request for newer data is under way; `result` is the last one, or undefined the first time. */
  loading: boolean;
  /** The whole request failed (a bad filter, no permission, the network). */
  error: ApiError | undefined;
};

type Props = { dashboardKey: string; range: DateRangeInput | null; fields: Record<string, FilterScalar | FilterScalar[]>; crossFilters: CrossFilter[]; refresh: RefreshMinutes };

/**
 * The dashboard's data with every filter; a widget someone clicked to cross-filter is drawn from
 * a second request without its own click, so it keeps showing the values one can switch to.
 */
export function useDashboardData({ dashboardKey, range, fields, crossFilters, refresh }: Props) {
  const source = crossFilters.at(-1)?.source;
  const mainPath = dashboardDataPath(dashboardKey, range, mergedFieldFilters(fields, crossFilters));
  const sourcePath = source ? dashboardDataPath(dashboardKey, range, mergedFieldFilters(fields, crossFilters, source)) : null;
  const main = useApiQuery<{ data: DashboardDataDto }>(mainPath);
  const unfiltered = useApiQuery<{ data: DashboardDataDto }>(sourcePath === mainPath ? null : sourcePath);

  const reloadMain = main.reload;
  const reloadSource = unfiltered.reload;
  const reload = useCallback(() => {
    reloadMain();
    reloadSource();
  }, [reloadMain, reloadSource]);

  useEffect(() => {
    if (!refresh) return;
    const timer = setInterval(reload, refresh * 60_000);
    return () => clearInterval(timer);
  }, [refresh, reload]);

  const widget = useCallback(
    (key: string): WidgetState => {
      const query = key === source && sourcePath !== mainPath ? unfiltered : main;
      // The clicked widget keeps what it showed until its own request answers, instead of a skeleton.
      const data = query.data ?? query.latest ?? main.latest;
      return { result: data?.data.widgets.find((candidate) => candidate.key === key), loading: query.loading, error: query.error };
    },
    [main, unfiltered, source, sourcePath, mainPath],
  );

  const shown = main.data ?? main.latest;
  return useMemo(() => ({ widget, reload, range: shown?.data.range ?? null, loading: main.loading }), [widget, reload, shown, main.loading]);
}
