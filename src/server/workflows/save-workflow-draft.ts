import { and, eq } from 'drizzle-orm';
import type { DefinitionProblem, WorkflowDefinition } from '@/engine/workflow';
import { definitions } from '../db/schema';
import type { Db } from '../db/types';
import type { Actor } from '../auth/actor';
import { notFound, validationFailed } from '../errors';
import { loadRegistry } from '../services/entity-registry';
import { assertDesigner, definitionProblems, parseSentDefinition, WORKFLOW_KIND, workflowRows } from './definition-rows';
import { loadDirectory } from './load-directory';

/** Replaces the draft row; the document is kept even with problems, which come back for the designer to show. */
export async function writeDraft(db: Db, actorId: string, definition: WorkflowDefinition): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(definitions).where(and(eq(definitions.kind, WORKFLOW_KIND), eq(definitions.key, definition.key), eq(definitions.status, 'draft')));
    await tx.insert(definitions).values({ kind: WORKFLOW_KIND, key: definition.key, version: 0, status: 'draft', json: definition, authorId: actorId });
  });
}

export async function saveWorkflowDraft(db: Db, actor: Actor, key: string, body: unknown): Promise<{ draft: WorkflowDefinition; problems: DefinitionProblem[] }> {
  assertDesigner(actor);
  const draft = parseSentDefinition(body);
  if (draft.key !== key) throw validationFailed(`The document describes workflow "${draft.key}", not "${key}"`, { issues: [{ path: 'key', message: `must be "${key}"` }] });
  const rows = await workflowRows(db, key);
  if (!rows.draft && !rows.published.length) throw notFound(`Workflow "${key}" does not exist; create it first`);
  await writeDraft(db, actor.id, draft);
  const [registry, directory] = await Promise.all([loadRegistry(db), loadDirectory(db)]);
  return { draft, problems: definitionProblems(draft, registry, directory.has) };
}

/** Drops the draft; the published version (if any) stays as it is. */
export async function discardWorkflowDraft(db: Db, actor: Actor, key: string): Promise<void> {
  assertDesigner(actor);
  const deleted = await db
    .delete(definitions)
    .where(and(eq(definitions.kind, WORKFLOW_KIND), eq(definitions.key, key), eq(definitions.status, 'draft')))
    .returning({ id: definitions.id });
  if (!deleted.length) throw notFound(`Workflow "${key}" has no draft`);
}
