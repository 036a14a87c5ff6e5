import { sql } from 'drizzle-orm';
import { queryOne, queryRows } from '../db/sql';
import type { Db } from '../db/types';
import type { Actor } from '../auth/actor';
import { readTemplateEntities } from '../bootstrap/sample-content';
import { loadRegistry, requireEntity } from '../services/entity-registry';
import { loadFullRecord } from '../services/get-record';
import { publishEntities } from '../services/publish-entities';
import { createWorkflow } from './create-workflow';
import { publishWorkflow } from './publish-workflow';
import { saveWorkflowDraft } from './save-workflow-draft';
import { startInstance } from './start-workflow';

export const label = (zh: string, en = zh) => ({ 'zh-CN': zh, en });

/** The order template with an approval step: submit moves draft → pending_approval (reserving stock), the system action `approve` → pending_payment. */
export async function publishOrdersWithApproval(db: Db): Promise<void> {
  const entities = readTemplateEntities().map((doc) => {
    const entity = structuredClone(doc) as { key: string; lifecycle?: { actions: Array<Record<string, unknown>> } };
    if (entity.key !== 'orders' || !entity.lifecycle) return entity;
    entity.lifecycle.actions = entity.lifecycle.actions.map((action) => (action.key === 'submit' ? { ...action, to: 'pending_approval' } : action));
    // The template may already carry it.
    if (!entity.lifecycle.actions.some((action) => action.key === 'approve')) entity.lifecycle.actions.push({ key: 'approve', label: label('审批通过', 'Approve'), from: ['pending_approval'], to: 'pending_payment', system: true });
    return entity;
  });
  await publishEntities(db, { entities });
}

type Node = Record<string, unknown> & { key: string; kind: string };
export const node = (key: string, kind: string, extra: Record<string, unknown> = {}): Node => ({ key, kind, name: label(`节点${key}`, `Node ${key}`), ...extra });
export const approval = (key: string, config: Record<string, unknown>): Node => node(key, 'approval', { approval: { mode: 'any', ...config } });
export const line = (...keys: string[]) => keys.slice(1).map((to, index) => ({ id: `${keys[index]}-${to}`, from: keys[index], to }));

/** A workflow started by hand in tests: the schedule trigger never fires here. */
export const MANUAL = { kind: 'schedule', cron: '0 0 1 1 *' };

export function workflowDoc(key: string, nodes: Node[], extra: Record<string, unknown> = {}) {
  const keys = nodes.map((candidate) => candidate.key);
  return { schemaVersion: 1, key, name: label(`流程${key}`, `Workflow ${key}`), entity: 'orders', trigger: MANUAL, nodes, edges: line(...keys), ...extra };
}

/** Creates, saves and publishes a workflow through the services, as the designer would. */
export async function publishWorkflowDoc(db: Db, designer: Actor, doc: ReturnType<typeof workflowDoc>): Promise<void> {
  await createWorkflow(db, designer, { key: doc.key, name: doc.name, entity: doc.entity, trigger: doc.trigger });
  await saveWorkflowDraft(db, designer, doc.key, doc);
  await publishWorkflow(db, designer, doc.key);
}

/** Starts the published workflow on an order by hand, in a transaction of its own; returns the instance id. */
export async function startOn(db: Db, initiator: Actor, workflowKey: string, recordId: string): Promise<string> {
  return db.transaction(async (tx) => {
    const registry = await loadRegistry(tx);
    const workflow = registry.workflows.find((candidate) => candidate.definition.key === workflowKey);
    if (!workflow) throw new Error(`workflow ${workflowKey} is not published`);
    const entity = requireEntity(registry, 'orders');
    const record = (await loadFullRecord(tx, registry, entity, recordId))!;
    return (await startInstance(tx, registry, initiator, workflow, entity, record)).id;
  });
}

export async function pendingTasks(db: Db, instanceId: string, nodeKey?: string) {
  return queryRows<{ id: string; assignee_id: string; node_key: string }>(
    db,
    sql`select id, assignee_id, node_key from workflow_tasks where instance_id = ${instanceId} and status = 'pending' ${nodeKey ? sql`and node_key = ${nodeKey}` : sql``} order by created_at, id`,
  );
}

export async function instanceRow(db: Db, instanceId: string) {
  return (await queryOne<{ status: string; version: number; state: { history: Array<{ action: string; nodeKey?: string; detail?: Record<string, unknown> }>; timers: Array<{ id: string; kind: string }> } }>(
    db,
    sql`select status, version, state from workflow_instances where id = ${instanceId}`,
  ))!;
}

export async function orderStatus(db: Db, id: string): Promise<string> {
  return (await queryOne<{ status: string }>(db, sql`select status from e_orders where id = ${id}`))!.status;
}

export async function reservedOf(db: Db, product: string): Promise<number> {
  return Number((await queryOne<{ reserved: string }>(db, sql`select reserved::text from e_stock where product = ${product}`))!.reserved);
}
