import { canDesign, canOnEntity } from '@/engine/auth/permissions';
import { noDashboardFilters, planWidget, type DashboardDef } from '@/engine/dashboard';
import { permissionKey, type Actor } from '../auth/actor';
import { forbidden, notFound } from '../errors';
import type { EntityRegistry } from '../services/entity-registry';
import { publishedDashboard } from './dashboard-rows';
import type { Db } from '../db/types';

/** Every entity the dashboard's widgets read; a widget that no longer plans contributes its own entity. */
function dashboardReads(dashboard: DashboardDef, registry: EntityRegistry): string[] {
  const reads = new Set<string>();
  for (const widget of dashboard.widgets) {
    const planned = planWidget(widget, registry.get, noDashboardFilters('UTC'));
    for (const key of planned.ok ? planned.plan.reads : [widget.dataset.entity]) reads.add(key);
  }
  return [...reads];
}

/**
 * Administrators and designers see every dashboard (they build them). Otherwise a dashboard that
 * lists roles is for those roles; one that does not is for whoever may read all it shows. Each
 * widget still checks read permission when it runs.
 */
export function canSeeDashboard(actor: Actor, dashboard: DashboardDef, registry: EntityRegistry): boolean {
  if (canDesign(actor.grants)) return true;
  if (dashboard.roles) return dashboard.roles.some((role) => actor.roles.includes(role));
  return dashboardReads(dashboard, registry).every((key) => {
    const entity = registry.get(key);
    return entity !== undefined && canOnEntity(actor.grants, permissionKey(entity), 'read');
  });
}

/** The latest published version of `key`: 404 when there is none, 403 when the actor may not see it. */
export async function visibleDashboard(db: Db, actor: Actor, registry: EntityRegistry, key: string): Promise<DashboardDef> {
  const published = await publishedDashboard(db, key);
  if (!published) throw notFound(`No published dashboard "${key}"`);
  if (!canSeeDashboard(actor, published.dashboard, registry)) throw forbidden(`You may not open the dashboard "${key}"`);
  return published.dashboard;
}
