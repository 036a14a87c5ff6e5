import type { DefinitionProblem, WorkflowDefinition } from '@/engine/workflow';
import type { Db } from '../db/types';
import type { Actor } from '../auth/actor';
import { notFound } from '../errors';
import { loadRegistry } from '../services/entity-registry';
import { assertDesigner, definitionProblems, storedDefinition, workflowRows } from './definition-rows';
import { loadDirectory } from './load-directory';

export type WorkflowDocument = {
  draft: WorkflowDefinition | null;
  published: { version: number; definition: WorkflowDefinition; publishedAt: string } | null;
  problems: DefinitionProblem[];
};

/** The draft and the latest published version, with the problems of the draft (or of the published one). */
export async function getWorkflow(db: Db, actor: Actor, key: string): Promise<WorkflowDocument> {
  assertDesigner(actor);
  const rows = await workflowRows(db, key);
  const latest = rows.published[0];
  if (!rows.draft && !latest) throw notFound(`Workflow "${key}" does not exist`);
  const draft = rows.draft ? storedDefinition(rows.draft.json) : null;
  const published = latest ? { version: latest.version, definition: storedDefinition(latest.json), publishedAt: new Date(latest.createdAt).toISOString() } : null;
  const [registry, directory] = await Promise.all([loadRegistry(db), loadDirectory(db)]);
  const problems = definitionProblems((draft ?? published?.definition)!, registry, directory.has);
  return { draft, published, problems };
}
