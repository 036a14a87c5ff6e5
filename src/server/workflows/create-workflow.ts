import { z } from 'zod';
import { LabelSchema, MetadataKeySchema } from '@/engine/metadata/keys';
import { TriggerSchema, WORKFLOW_SCHEMA_VERSION, type WorkflowDefinition } from '@/engine/workflow';
import { definitions } from '../db/schema';
import type { Db } from '../db/types';
import type { Actor } from '../auth/actor';
import { conflict, mapDbErrors, validationFailed } from '../errors';
import { loadRegistry } from '../services/entity-registry';
import { assertDesigner, WORKFLOW_KIND, workflowRows } from './definition-rows';

export const NewWorkflowSchema = z.object({ key: MetadataKeySchema, name: LabelSchema, entity: MetadataKeySchema, trigger: TriggerSchema });

/** A new workflow starts as a draft holding start → end, for the designer to fill in. */
export async function createWorkflow(db: Db, actor: Actor, body: unknown): Promise<{ draft: WorkflowDefinition }> {
  assertDesigner(actor);
  const parsed = NewWorkflowSchema.safeParse(body);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
    throw validationFailed(`Invalid workflow: ${issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ')}`, { issues });
  }
  const { key, name, entity, trigger } = parsed.data;
  const registry = await loadRegistry(db);
  if (!registry.get(entity)) throw validationFailed(`The entity "${entity}" does not exist`, { issues: [{ path: 'entity', message: 'unknown entity' }] });
  const existing = await workflowRows(db, key);
  if (existing.draft || existing.published.length) throw conflict(`A workflow with the key "${key}" already exists`);
  const draft: WorkflowDefinition = {
    schemaVersion: WORKFLOW_SCHEMA_VERSION,
    key,
    name,
    entity,
    trigger,
    nodes: [
      { key: 'start', kind: 'start', name: { 'zh-CN': '开始', en: 'Start' }, position: { x: 0, y: 0 } },
      { key: 'end', kind: 'end', name: { 'zh-CN': '结束', en: 'End' }, position: { x: 0, y: 200 } },
    ],
    edges: [{ id: 'start-end', from: 'start', to: 'end' }],
  };
  // The unique (kind, key, version) index turns a racing second create into a 409.
  await mapDbErrors(() => db.insert(definitions).values({ kind: WORKFLOW_KIND, key, version: 0, status: 'draft', json: draft, authorId: actor.id }));
  return { draft };
}
