import { desc, eq } from 'drizzle-orm';
import type { Label } from '@/engine/metadata/keys';
import { definitions } from '../db/schema';
import type { Db } from '../db/types';
import type { Actor } from '../auth/actor';
import { DASHBOARD_KIND, storedDashboard } from './dashboard-rows';
import { assertDashboardDesigner } from './design-rows';

export type DashboardDesignSummary = { key: string; name: Label; widgetCount: number; publishedVersion: number | null; hasDraft: boolean; updatedAt: string };

/** Every dashboard, published or draft only, for the designer's list; the newest row names it. */
export async function listDashboardDesigns(db: Db, actor: Actor): Promise<DashboardDesignSummary[]> {
  assertDashboardDesigner(actor);
  const rows = await db
    .select({ key: definitions.key, version: definitions.version, status: definitions.status, json: definitions.json, at: definitions.createdAt })
    .from(definitions)
    .where(eq(definitions.kind, DASHBOARD_KIND))
    .orderBy(definitions.key, desc(definitions.createdAt));
  const byKey = new Map<string, DashboardDesignSummary>();
  for (const row of rows) {
    const known = byKey.get(row.key);
    const published = row.status === 'published' ? row.version : null;
    if (known) {
      known.hasDraft ||= row.status === 'draft';
      known.publishedVersion = Math.max(known.publishedVersion ?? 0, published ?? 0) || null;
      continue;
    }
    const dashboard = storedDashboard(row.json);
    byKey.set(row.key, { key: row.key, name: dashboard.name, widgetCount: dashboard.widgets.length, publishedVersion: published, hasDraft: row.status === 'draft', updatedAt: new Date(row.at).toISOString() });
  }
  return [...byKey.values()];
}
