import type { DashboardDataDto } from '@/engine/dashboard/dashboard-dto';
import type { Db } from '../db/types';
import type { Actor } from '../auth/actor';
import { loadRegistry } from '../services/entity-registry';
import { dashboardFilters } from './dashboard-filters';
import { visibleDashboard } from './dashboard-access';
import { dataQueryInput } from './data-query';
import { runDashboard } from './run-dashboard';

/**
 * Every widget's data for the range and filters in the query string: 404/403 for the dashboard,
 * 400 for bad input, and per widget either its data or its own error. Typed as the DTO the page
 * reads, so a change on either side fails to compile.
 */
export async function getDashboardData(db: Db, actor: Actor, key: string, query: URLSearchParams, options: { now?: Date } = {}): Promise<DashboardDataDto> {
  const registry = await loadRegistry(db);
  const dashboard = await visibleDashboard(db, actor, registry, key);
  const filters = dashboardFilters(dashboard, dataQueryInput(query), options);
  return runDashboard(db, actor, registry, dashboard, filters);
}
