import { and, eq } from 'drizzle-orm';
import type { DashboardDef, DashboardProblem } from '@/engine/dashboard';
import { definitions } from '../db/schema';
import type { Db } from '../db/types';
import type { Actor } from '../auth/actor';
import { notFound, validationFailed } from '../errors';
import { loadRegistry } from '../services/entity-registry';
import { DASHBOARD_KIND, storedDashboard } from './dashboard-rows';
import { assertDashboardDesigner, dashboardProblems, dashboardRows, parseSentDashboard, writeDashboardDraft } from './design-rows';

export type DashboardDraft = { draft: DashboardDef; publishedVersion: number | null; hasDraft: boolean; problems: DashboardProblem[] };

/**
 * What the designer opens: the draft, or the latest published version when nobody is editing
 * (saving it then starts a draft). Problems come along so they show before publishing.
 */
export async function getDashboardDraft(db: Db, actor: Actor, key: string): Promise<DashboardDraft> {
  assertDashboardDesigner(actor);
  const rows = await dashboardRows(db, key);
  const source = rows.draft ?? rows.published[0];
  if (!source) throw notFound(`Dashboard "${key}" does not exist`);
  const draft = storedDashboard(source.json);
  return { draft, publishedVersion: rows.published[0]?.version ?? null, hasDraft: Boolean(rows.draft), problems: dashboardProblems(draft, await loadRegistry(db)) };
}

/** Replaces the draft; the document must have the schema's shape, metadata problems are only reported. */
export async function saveDashboardDraft(db: Db, actor: Actor, key: string, body: unknown): Promise<{ draft: DashboardDef; problems: DashboardProblem[] }> {
  assertDashboardDesigner(actor);
  const draft = parseSentDashboard(body);
  if (draft.key !== key) throw validationFailed(`The document describes dashboard "${draft.key}", not "${key}"`, { issues: [{ path: 'key', message: `must be "${key}"` }] });
  const rows = await dashboardRows(db, key);
  if (!rows.draft && !rows.published.length) throw notFound(`Dashboard "${key}" does not exist; create it first`);
  await writeDashboardDraft(db, actor.id, draft);
  return { draft, problems: dashboardProblems(draft, await loadRegistry(db)) };
}

/** Drops the draft; the published version (if any) stays. */
export async function discardDashboardDraft(db: Db, actor: Actor, key: string): Promise<void> {
  assertDashboardDesigner(actor);
  const deleted = await db
    .delete(definitions)
    .where(and(eq(definitions.kind, DASHBOARD_KIND), eq(definitions.key, key), eq(definitions.status, 'draft')))
    .returning({ version: definitions.version });
  if (!deleted.length) throw notFound(`Dashboard "${key}" has no draft`);
}
