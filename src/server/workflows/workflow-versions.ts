import { and, desc, eq } from 'drizzle-orm';
import type { WorkflowDefinition } from '@/engine/workflow';
import { definitions, users } from '../db/schema';
import type { Db } from '../db/types';
import type { Actor } from '../auth/actor';
import { notFound } from '../errors';
import { assertDesigner, storedDefinition, WORKFLOW_KIND } from './definition-rows';
import { writeDraft } from './save-workflow-draft';

export type WorkflowVersion = { version: number; publishedAt: string; author: { id: string; name: string } | null };

export async function listWorkflowVersions(db: Db, actor: Actor, key: string): Promise<WorkflowVersion[]> {
  assertDesigner(actor);
  const rows = await db
    .select({ version: definitions.version, at: definitions.createdAt, authorId: users.id, authorName: users.displayName })
    .from(definitions)
    .leftJoin(users, eq(users.id, definitions.authorId))
    .where(and(eq(definitions.kind, WORKFLOW_KIND), eq(definitions.key, key), eq(definitions.status, 'published')))
    .orderBy(desc(definitions.version));
  return rows.map((row) => ({ version: row.version, publishedAt: new Date(row.at).toISOString(), author: row.authorId ? { id: row.authorId, name: row.authorName ?? '' } : null }));
}

export async function getWorkflowVersion(db: Db, actor: Actor, key: string, version: number): Promise<{ definition: WorkflowDefinition }> {
  assertDesigner(actor);
  const [row] = await db
    .select({ json: definitions.json })
    .from(definitions)
    .where(and(eq(definitions.kind, WORKFLOW_KIND), eq(definitions.key, key), eq(definitions.status, 'published'), eq(definitions.version, version)));
  if (!row) throw notFound(`Workflow "${key}" has no version ${version}`);
  return { definition: storedDefinition(row.json) };
}

/** The draft becomes that version's document; publishing it makes a new version (history is never rewritten). */
export async function restoreWorkflowVersion(db: Db, actor: Actor, key: string, version: number): Promise<{ draft: WorkflowDefinition }> {
  const { definition } = await getWorkflowVersion(db, actor, key, version);
  await writeDraft(db, actor.id, definition);
  return { draft: definition };
}
