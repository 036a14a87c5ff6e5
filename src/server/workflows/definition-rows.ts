import { and, desc, eq, inArray } from 'drizzle-orm';
import { canDesign } from '@/engine/auth/permissions';
import { parseWorkflowDefinition, validateDefinition, type DefinitionProblem, type WorkflowDefinition } from '@/engine/workflow';
import { definitions } from '../db/schema';
import type { Db } from '../db/types';
import type { Actor } from '../auth/actor';
import { forbidden, notFound, validationFailed } from '../errors';
import type { EntityRegistry } from '../services/entity-registry';

/**
 * Workflow definitions live in `definitions` with kind 'workflow': one draft row (version 0,
 * status draft) per key, and immutable published rows (version 1, 2, …) that instances pin.
 */
export const WORKFLOW_KIND = 'workflow';

export function assertDesigner(actor: Actor): void {
  if (!canDesign(actor.grants)) throw forbidden('Only designers can edit workflows');
}

export type DefinitionRow = { id: string; version: number; status: string; json: unknown; authorId: string | null; createdAt: Date | string };

export async function workflowRows(db: Db, key: string): Promise<{ draft?: DefinitionRow; published: DefinitionRow[] }> {
  const rows = await db
    .select({ id: definitions.id, version: definitions.version, status: definitions.status, json: definitions.json, authorId: definitions.authorId, createdAt: definitions.createdAt })
    .from(definitions)
    .where(and(eq(definitions.kind, WORKFLOW_KIND), eq(definitions.key, key)))
    .orderBy(desc(definitions.version));
  return { draft: rows.find((row) => row.status === 'draft'), published: rows.filter((row) => row.status === 'published') };
}

/** Stored documents are validated when saved; one that no longer parses (a hand edit) is a server fault. */
export function storedDefinition(json: unknown): WorkflowDefinition {
  const parsed = parseWorkflowDefinition(json);
  if (!parsed.success) throw new Error(`A stored workflow definition does not parse: ${parsed.error.message}`);
  return parsed.data;
}

/** Parses a document sent by the designer: 422 with the paths of what is wrong. */
export function parseSentDefinition(body: unknown): WorkflowDefinition {
  const parsed = parseWorkflowDefinition(body);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
  throw validationFailed(`The workflow document is invalid: ${issues.map((issue) => `${issue.path || 'document'}: ${issue.message}`).join('; ')}`, { issues });
}

/**
 * The engine's problems plus what only the server knows: the entity must exist, and users named
 * directly must be real (task rows point at users).
 */
export function definitionProblems(definition: WorkflowDefinition, registry: EntityRegistry, knownUser: (id: string) => boolean): DefinitionProblem[] {
  const entity = registry.get(definition.entity);
  const problems = validateDefinition(definition, entity ? { entity, related: registry.get } : {});
  if (!entity) {
    problems.push({ code: 'entity_mismatch', message: { 'zh-CN': `数据表 ${definition.entity} 不存在`, en: `The entity "${definition.entity}" does not exist` } });
  }
  for (const node of definition.nodes) {
    const sources = node.kind === 'approval' ? node.approval.approvers : node.kind === 'cc' ? node.to : node.kind === 'action' && 'to' in node.action ? node.action.to : [];
    const unknown = sources.flatMap((source) => (source.kind === 'user' ? source.ids.filter((id) => !knownUser(id)) : []));
    if (unknown.length) {
      problems.push({ nodeKey: node.key, code: 'invalid_definition', message: { 'zh-CN': `节点“${node.name['zh-CN']}”选择的用户不存在：${unknown.join('、')}`, en: `Node "${node.name.en ?? node.name['zh-CN']}" names users that do not exist: ${unknown.join(', ')}` } });
    }
  }
  return problems;
}

/** Published definitions by row id; a published row never changes, so parses are kept for the process. */
const cache = globalThis as unknown as { __workflowById?: Map<string, WorkflowDefinition> };

export async function definitionsById(db: Db, ids: string[]): Promise<Map<string, WorkflowDefinition>> {
  const known = (cache.__workflowById ??= new Map());
  const missing = [...new Set(ids)].filter((id) => !known.has(id));
  if (missing.length) {
    const rows = await db.select({ id: definitions.id, json: definitions.json }).from(definitions).where(inArray(definitions.id, missing));
    for (const row of rows) known.set(row.id, storedDefinition(row.json));
  }
  return new Map(ids.flatMap((id) => (known.has(id) ? [[id, known.get(id)!] as const] : [])));
}

export async function definitionById(db: Db, id: string): Promise<WorkflowDefinition> {
  const found = (await definitionsById(db, [id])).get(id);
  if (!found) throw notFound(`Workflow definition ${id} does not exist`);
  return found;
}
