import { z } from 'zod';
import { DASHBOARD_SCHEMA_VERSION, DashboardFiltersSchema, WidgetSchema, type DashboardDef } from '@/engine/dashboard';
import type { Db } from '../db/types';
import type { Actor } from '../auth/actor';
import { AppError } from '../errors';
import { loadRegistry } from '../services/entity-registry';
import { dashboardFilters } from './dashboard-filters';
import { assertDashboardDesigner } from './design-rows';
import { runWidget } from './run-widget';
import type { WidgetData } from './widget-data';

/**
 * One unsaved widget with the dashboard's filter definitions and, optionally, what a viewer would
 * pick (`input`: range, field values); without `input` the dashboard's default range applies.
 */
export const WidgetPreviewSchema = z.object({ widget: WidgetSchema, filters: DashboardFiltersSchema.optional(), input: z.unknown().optional() });

/** Runs a widget the designer is configuring through the same compiler viewers get, with the designer's permissions. */
export async function previewWidget(db: Db, actor: Actor, body: unknown): Promise<WidgetData> {
  assertDashboardDesigner(actor);
  const parsed = WidgetPreviewSchema.safeParse(body);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
    throw new AppError(400, 'validation_failed', `Invalid widget preview: ${issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ')}`, { issues });
  }
  const { widget, filters, input } = parsed.data;
  const dashboard: DashboardDef = { schemaVersion: DASHBOARD_SCHEMA_VERSION, key: 'preview', name: { 'zh-CN': '预览', en: 'Preview' }, filters: filters ?? { fields: [] }, widgets: [widget] };
  return runWidget(db, actor, await loadRegistry(db), widget, dashboardFilters(dashboard, input));
}
