'use client';

import { Skeleton } from 'antd';
import type { DashboardDef } from '@/engine/dashboard';
import { ApiErrorResult } from '@/features/runtime/api-error-result';
import { useApiQuery } from '@/features/runtime/use-api-query';
import { dashboardPath, type DashboardQuery } from './dashboard-query';
import { DashboardView } from './dashboard-view';

/** Loads the dashboard's definition, then draws it; its data comes per filter change from the data endpoint. */
export function DashboardPage({ dashboardKey, initialQuery }: { dashboardKey: string; initialQuery: DashboardQuery }) {
  const definition = useApiQuery<{ data: DashboardDef }>(dashboardPath(dashboardKey));
  if (definition.error) return <ApiErrorResult error={definition.error} onRetry={definition.reload} />;
  if (!definition.data) return <Skeleton active />;
  return <DashboardView key={dashboardKey} dashboard={definition.data.data} initialQuery={initialQuery} />;
}
