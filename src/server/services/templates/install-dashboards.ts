import { and, desc, eq } from 'drizzle-orm';
import type { DashboardDef } from '@/engine/dashboard';
import { mergeWorkflow, type WorkflowMergeOutcome } from '@/engine/templates/merge-workflow';
import { definitions } from '../../db/schema';
import type { Db } from '../../db/types';
import { DASHBOARD_KIND } from '../../dashboards/dashboard-rows';

export type DashboardInstallReport = { key: string; outcome: WorkflowMergeOutcome; version: number | null };

/**
 * Publishes the template's dashboards inside the install transaction, by the workflows' rule: a
 * dashboard nobody changed since the template published it follows the template; one a designer
 * republished is kept (their layout wins, and the report says so). `shipped` holds the documents
 * of the installed template version.
 */
export async function installTemplateDashboards(tx: Db, dashboards: DashboardDef[], shipped: Record<string, unknown>, authorId: string): Promise<DashboardInstallReport[]> {
  const reports: DashboardInstallReport[] = [];
  for (const dashboard of dashboards) {
    const [latest] = await tx
      .select({ version: definitions.version, json: definitions.json })
      .from(definitions)
      .where(and(eq(definitions.kind, DASHBOARD_KIND), eq(definitions.key, dashboard.key), eq(definitions.status, 'published')))
      .orderBy(desc(definitions.version))
      .limit(1);
    const outcome = mergeWorkflow(shipped[dashboard.key], dashboard, latest?.json);
    const version = outcome === 'publish' ? (latest?.version ?? 0) + 1 : (latest?.version ?? null);
    if (outcome === 'publish') await tx.insert(definitions).values({ kind: DASHBOARD_KIND, key: dashboard.key, version: version!, status: 'published', json: dashboard, authorId });
    reports.push({ key: dashboard.key, outcome, version });
  }
  return reports;
}
