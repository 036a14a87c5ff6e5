import { and, desc, eq } from 'drizzle-orm';
import type { WorkflowDefinition } from '@/engine/workflow';
import { mergeWorkflow, type WorkflowMergeOutcome } from '@/engine/templates/merge-workflow';
import { definitions } from '../../db/schema';
import type { Db } from '../../db/types';
import { WORKFLOW_KIND } from '../../workflows/definition-rows';

export type WorkflowInstallReport = { key: string; outcome: WorkflowMergeOutcome; version: number | null };

/**
 * Publishes the template's workflows inside the install transaction, as the designer's publish
 * would: a new immutable version that new instances take while running ones keep theirs.
 * `shipped` holds the documents of the installed template version, to tell a designer's change
 * from the template's own.
 */
export async function installTemplateWorkflows(
  tx: Db,
  workflows: WorkflowDefinition[],
  shipped: Record<string, unknown>,
  authorId: string,
): Promise<WorkflowInstallReport[]> {
  const reports: WorkflowInstallReport[] = [];
  for (const workflow of workflows) {
    const [latest] = await tx
      .select({ version: definitions.version, json: definitions.json })
      .from(definitions)
      .where(and(eq(definitions.kind, WORKFLOW_KIND), eq(definitions.key, workflow.key), eq(definitions.status, 'published')))
      .orderBy(desc(definitions.version))
      .limit(1);
    const outcome = mergeWorkflow(shipped[workflow.key], workflow, latest?.json);
    const version = outcome === 'publish' ? (latest?.version ?? 0) + 1 : (latest?.version ?? null);
    if (outcome === 'publish') await tx.insert(definitions).values({ kind: WORKFLOW_KIND, key: workflow.key, version: version!, status: 'published', json: workflow, authorId });
    reports.push({ key: workflow.key, outcome, version });
  }
  return reports;
}
