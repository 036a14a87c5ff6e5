import { and, desc, eq } from 'drizzle-orm';
import { parseDashboardDef, type DashboardDef } from '@/engine/dashboard';
import { definitions } from '../db/schema';
import type { Db } from '../db/types';

/**
 * Dashboard definitions live in `definitions` with kind 'dashboard', like workflows: at most one
 * draft row (version 0, status draft) per key, and immutable published rows (version 1, 2, …).
 * Viewers always get the latest published version.
 */
export const DASHBOARD_KIND = 'dashboard';

export type PublishedDashboard = { version: number; dashboard: DashboardDef };

/** Stored documents are validated when published; one that no longer parses (a hand edit) is a server fault. */
export function storedDashboard(json: unknown): DashboardDef {
  const parsed = parseDashboardDef(json);
  if (!parsed.ok) throw new Error(`A stored dashboard definition does not parse: ${parsed.issues.map((issue) => `${issue.path} ${issue.message}`).join('; ')}`);
  return parsed.dashboard;
}

export async function publishedDashboard(db: Db, key: string): Promise<PublishedDashboard | undefined> {
  const [row] = await db
    .select({ version: definitions.version, json: definitions.json })
    .from(definitions)
    .where(and(eq(definitions.kind, DASHBOARD_KIND), eq(definitions.key, key), eq(definitions.status, 'published')))
    .orderBy(desc(definitions.version))
    .limit(1);
  return row ? { version: row.version, dashboard: storedDashboard(row.json) } : undefined;
}

/** The latest published version of every dashboard, by key. */
export async function publishedDashboards(db: Db): Promise<PublishedDashboard[]> {
  const rows = await db
    .selectDistinctOn([definitions.key], { version: definitions.version, json: definitions.json })
    .from(definitions)
    .where(and(eq(definitions.kind, DASHBOARD_KIND), eq(definitions.status, 'published')))
    .orderBy(definitions.key, desc(definitions.version));
  return rows.map((row) => ({ version: row.version, dashboard: storedDashboard(row.json) }));
}

