import type { DashboardDef, ResolvedDashboardFilters } from '@/engine/dashboard';
import type { DashboardDataDto, WidgetResultDto } from '@/engine/dashboard/dashboard-dto';
import type { Db } from '../db/types';
import type { Actor } from '../auth/actor';
import { AppError } from '../errors';
import type { EntityRegistry } from '../services/entity-registry';
import { runWidget } from './run-widget';

export type WidgetResult = WidgetResultDto;

export type DashboardData = DashboardDataDto;

/**
 * Runs every widget concurrently, each its own query on the pool (no shared transaction: a
 * dashboard reads, and one slow widget should not hold a connection for the others). A widget
 * the actor may not read, or that no longer fits the metadata, reports its error in its own
 * place; the rest still render.
 */
export async function runDashboard(db: Db, actor: Actor, registry: EntityRegistry, dashboard: DashboardDef, filters: ResolvedDashboardFilters): Promise<DashboardData> {
  const widgets = await Promise.all(
    dashboard.widgets.map(async (widget): Promise<WidgetResult> => {
      try {
        return { key: widget.key, ok: true, data: await runWidget(db, actor, registry, widget, filters) };
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        return { key: widget.key, ok: false, error: { code: error.code, message: error.message, ...(error.details === undefined ? {} : { details: error.details }) } };
      }
    }),
  );
  return { range: filters.range, widgets };
}
