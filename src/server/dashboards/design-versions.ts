import { and, desc, eq } from 'drizzle-orm';
import type { DashboardDef } from '@/engine/dashboard';
import { definitions, users } from '../db/schema';
import type { Db } from '../db/types';
import type { Actor } from '../auth/actor';
import { notFound } from '../errors';
import { DASHBOARD_KIND, storedDashboard } from './dashboard-rows';
import { assertDashboardDesigner } from './design-rows';

export type DashboardVersion = { version: number; publishedAt: string; author: { id: string; name: string } | null; widgetCount: number; definition: DashboardDef };

/** Published versions, newest first, each with its document so the designer can load one back. */
export async function listDashboardVersions(db: Db, actor: Actor, key: string): Promise<DashboardVersion[]> {
  assertDashboardDesigner(actor);
  const rows = await db
    .select({ version: definitions.version, json: definitions.json, at: definitions.createdAt, authorId: users.id, authorName: users.displayName })
    .from(definitions)
    .leftJoin(users, eq(users.id, definitions.authorId))
    .where(and(eq(definitions.kind, DASHBOARD_KIND), eq(definitions.key, key), eq(definitions.status, 'published')))
    .orderBy(desc(definitions.version));
  if (!rows.length) {
    const [draft] = await db.select({ version: definitions.version }).from(definitions).where(and(eq(definitions.kind, DASHBOARD_KIND), eq(definitions.key, key)));
    if (!draft) throw notFound(`Dashboard "${key}" does not exist`);
  }
  return rows.map((row) => {
    const definition = storedDashboard(row.json);
    return {
      version: row.version,
      publishedAt: new Date(row.at).toISOString(),
      author: row.authorId ? { id: row.authorId, name: row.authorName ?? '' } : null,
      widgetCount: definition.widgets.length,
      definition,
    };
  });
}
