import { and, desc, eq } from 'drizzle-orm';
import { canDesign } from '@/engine/auth/permissions';
import { parseDashboardDef, validateDashboard, type DashboardDef, type DashboardProblem } from '@/engine/dashboard';
import { definitions } from '../db/schema';
import type { Db } from '../db/types';
import type { Actor } from '../auth/actor';
import { forbidden, validationFailed } from '../errors';
import type { EntityRegistry } from '../services/entity-registry';
import { DASHBOARD_KIND } from './dashboard-rows';

/** Only designers (and admins, who hold the design grant) edit dashboards, like forms and workflows. */
export function assertDashboardDesigner(actor: Actor): void {
  if (!canDesign(actor.grants)) throw forbidden('Only designers can edit dashboards');
}

export type DashboardRow = { version: number; status: string; json: unknown; authorId: string | null; createdAt: Date | string };

/** Every row of one dashboard, newest version first; the draft (version 0) is apart. */
export async function dashboardRows(db: Db, key: string): Promise<{ draft?: DashboardRow; published: DashboardRow[] }> {
  const rows = await db
    .select({ version: definitions.version, status: definitions.status, json: definitions.json, authorId: definitions.authorId, createdAt: definitions.createdAt })
    .from(definitions)
    .where(and(eq(definitions.kind, DASHBOARD_KIND), eq(definitions.key, key)))
    .orderBy(desc(definitions.version));
  return { draft: rows.find((row) => row.status === 'draft'), published: rows.filter((row) => row.status === 'published') };
}

/** Replaces the draft row; a draft may have problems (they are shown, and refused only at publish). */
export async function writeDashboardDraft(db: Db, actorId: string, dashboard: DashboardDef): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(definitions).where(and(eq(definitions.kind, DASHBOARD_KIND), eq(definitions.key, dashboard.key), eq(definitions.status, 'draft')));
    await tx.insert(definitions).values({ kind: DASHBOARD_KIND, key: dashboard.key, version: 0, status: 'draft', json: dashboard, authorId: actorId });
  });
}

/** A document sent by the designer must at least have the schema's shape: 422 with the paths otherwise. */
export function parseSentDashboard(body: unknown): DashboardDef {
  const parsed = parseDashboardDef(body);
  if (parsed.ok) return parsed.dashboard;
  throw validationFailed(`The dashboard document is invalid: ${parsed.issues.map((issue) => `${issue.path || 'document'}: ${issue.message}`).join('; ')}`, { issues: parsed.issues });
}

export function dashboardProblems(dashboard: DashboardDef, registry: EntityRegistry): DashboardProblem[] {
  return validateDashboard(dashboard, registry.get);
}
