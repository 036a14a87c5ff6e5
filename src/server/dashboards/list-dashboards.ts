import type { DashboardSummaryDto } from '@/engine/dashboard/dashboard-dto';
import type { Db } from '../db/types';
import type { Actor } from '../auth/actor';
import { loadRegistry } from '../services/entity-registry';
import { canSeeDashboard } from './dashboard-access';
import { publishedDashboards } from './dashboard-rows';

/** One entry of `GET /api/v1/dashboards`; the type the page reads, so the compiler holds both sides to it. */
export type DashboardSummary = DashboardSummaryDto;

/** The published dashboards the actor may open, by key. */
export async function listDashboards(db: Db, actor: Actor): Promise<DashboardSummary[]> {
  const [registry, published] = await Promise.all([loadRegistry(db), publishedDashboards(db)]);
  return published
    .filter(({ dashboard }) => canSeeDashboard(actor, dashboard, registry))
    .map(({ version, dashboard }) => ({ key: dashboard.key, name: dashboard.name, description: dashboard.description ?? null, version, widgetCount: dashboard.widgets.length }));
}
