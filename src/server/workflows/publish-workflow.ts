import { and, eq } from 'drizzle-orm';
import { definitions } from '../db/schema';
import type { Db } from '../db/types';
import type { Actor } from '../auth/actor';
import { AppError, mapDbErrors, notFound } from '../errors';
import { latestVersion, loadRegistry } from '../services/entity-registry';
import { assertDesigner, definitionProblems, storedDefinition, WORKFLOW_KIND, workflowRows } from './definition-rows';
import { loadDirectory } from './load-directory';
import { scheduleNextOccurrence } from './schedule-jobs';
import { scheduleProblems } from './schedule-problems';

/**
 * Freezes the draft as the next version. Running instances keep the version they started with;
 * new ones take this one. A draft with problems is refused with all of them, located on nodes.
 * A schedule workflow gets its next occurrence queued in the same transaction.
 */
export async function publishWorkflow(db: Db, actor: Actor, key: string): Promise<{ version: number }> {
  assertDesigner(actor);
  const rows = await workflowRows(db, key);
  if (!rows.draft) throw notFound(`Workflow "${key}" has no draft to publish`);
  const draft = storedDefinition(rows.draft.json);
  const [registry, directory] = await Promise.all([loadRegistry(db), loadDirectory(db)]);
  const problems = [...definitionProblems(draft, registry, directory.has), ...scheduleProblems(draft, registry.get(draft.entity))];
  if (problems.length) {
    throw new AppError(422, 'invalid_workflow', `The workflow cannot be published: ${problems.map((problem) => problem.message.en).join('; ')}`, { problems });
  }
  return mapDbErrors(() =>
    db.transaction(async (tx) => {
      const version = (await latestVersion(tx, WORKFLOW_KIND, key)) + 1;
      const [row] = await tx.insert(definitions).values({ kind: WORKFLOW_KIND, key, version, status: 'published', json: draft, authorId: actor.id }).returning({ id: definitions.id });
      await scheduleNextOccurrence(tx, { id: row.id, version, definition: draft }, new Date());
      await tx.delete(definitions).where(and(eq(definitions.kind, WORKFLOW_KIND), eq(definitions.key, key), eq(definitions.status, 'draft')));
      return { version };
    }),
  );
}
