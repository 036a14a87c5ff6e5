import type { z } from 'zod';
import { DASHBOARD_SCHEMA_VERSION, DashboardDefSchema, type DashboardDef } from './definition';

/**
 * Stored dashboards carry their schemaVersion; each step up is a migration function keyed by the
 * version it upgrades from. Version 1 is the first, so the chain is empty, but every read goes
 * through it.
 */
export const dashboardMigrations: Record<number, (doc: Record<string, unknown>) => Record<string, unknown>> = {};

function upgrade(doc: unknown): unknown {
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) return doc;
  let result = doc as Record<string, unknown>;
  let version = typeof result.schemaVersion === 'number' ? result.schemaVersion : DASHBOARD_SCHEMA_VERSION;
  while (version < DASHBOARD_SCHEMA_VERSION && dashboardMigrations[version]) {
    result = { ...dashboardMigrations[version](result), schemaVersion: version + 1 };
    version += 1;
  }
  return result;
}

export type ParseDashboardResult = { ok: true; dashboard: DashboardDef } | { ok: false; issues: Array<{ path: string; message: string }> };

/** Upgrades and checks the document's shape; references to entities and fields are the validator's job. */
export function parseDashboardDef(doc: unknown): ParseDashboardResult {
  const parsed = DashboardDefSchema.safeParse(upgrade(doc));
  if (parsed.success) return { ok: true, dashboard: parsed.data };
  return { ok: false, issues: (parsed.error as z.ZodError).issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })) };
}
