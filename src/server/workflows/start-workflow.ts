import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { RecordDto } from '@/engine/contract/api-types';
import type { EntityDef } from '@/engine/metadata/entity';
import type { Trigger } from '@/engine/workflow';
import { workflowInstances } from '../db/schema';
import type { Db } from '../db/types';
import type { Actor } from '../auth/actor';
import type { EntityRegistry, PublishedWorkflow } from '../services/entity-registry';
import { advanceInstance, type Advanced } from './advance-instance';
import type { LoadedDirectory } from './load-directory';
import type { ApproverChoices } from './approver-choices';

/** What just happened to a record, as the record services report it. */
export type RecordEvent = { kind: 'record_created' } | { kind: 'state_action'; action: string } | { kind: 'field_changed'; fields: string[] };

function matches(trigger: Trigger, event: RecordEvent): boolean {
  if (trigger.kind !== event.kind) return false;
  if (trigger.kind === 'state_action') return event.kind === 'state_action' && trigger.action === event.action;
  if (trigger.kind === 'field_changed') return event.kind === 'field_changed' && event.fields.includes(trigger.field);
  return true;
}

/** Fields whose value differs between two versions of a record (`before` null: every field that has a value). */
export function changedFields(before: RecordDto | null, after: RecordDto): string[] {
  const text = (value: unknown) => JSON.stringify(value ?? null);
  return Object.keys(after).filter((key) => !key.startsWith('_') && text(before?.[key]) !== text(after[key]));
}

/** Published workflows that start on this event; decided from the registry in memory, without a query. */
export function triggeredWorkflows(registry: EntityRegistry, entityKey: string, event: RecordEvent): PublishedWorkflow[] {
  if (!registry.workflows.length) return registry.workflows;
  return registry.workflows.filter((workflow) => workflow.definition.entity === entityKey && matches(workflow.definition.trigger, event));
}

/**
 * Starts every published workflow whose trigger matches, inside the record write's transaction:
 * the record and its approvals commit (or roll back) together. A workflow already running on the
 * record is not started a second time (a re-submit while the first approval is open).
 */
export async function startTriggeredWorkflows(tx: Db, registry: EntityRegistry, actor: Actor, entity: EntityDef, record: RecordDto, event: RecordEvent, chosen?: ApproverChoices): Promise<void> {
  for (const workflow of triggeredWorkflows(registry, entity.key, event)) {
    if (event.kind !== 'record_created' && (await isRunning(tx, workflow.definition.key, entity.key, record.id))) continue;
    await startInstance(tx, registry, actor, workflow, entity, record, chosen?.[workflow.definition.key]);
  }
}

/** The workflows a new record starts: record_created ones, and field_changed ones for the fields it was given. */
export function creationWorkflows(registry: EntityRegistry, entityKey: string, record: RecordDto): PublishedWorkflow[] {
  if (!registry.workflows.length) return [];
  return [...triggeredWorkflows(registry, entityKey, { kind: 'record_created' }), ...triggeredWorkflows(registry, entityKey, { kind: 'field_changed', fields: changedFields(null, record) })];
}

/**
 * Starts a new record's workflows together. None can be running on a record this transaction just
 * created, so nothing is checked; one directory, read by the caller alongside its own writes,
 * serves them all; and their writes leave in one round trip.
 */
export async function startCreationWorkflows(
  tx: Db,
  registry: EntityRegistry,
  actor: Actor,
  entity: EntityDef,
  record: RecordDto,
  start: { workflows: PublishedWorkflow[]; directory: LoadedDirectory; chosen?: ApproverChoices },
): Promise<void> {
  const { workflows, directory, chosen } = start;
  await Promise.all(workflows.map((workflow) => startInstance(tx, registry, actor, workflow, entity, record, chosen?.[workflow.definition.key], directory)));
}

export async function isRunning(tx: Db, workflowKey: string, entity: string, recordId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: workflowInstances.id })
    .from(workflowInstances)
    .where(and(eq(workflowInstances.workflowKey, workflowKey), eq(workflowInstances.entity, entity), eq(workflowInstances.recordId, recordId), eq(workflowInstances.status, 'running')))
    .limit(1);
  return Boolean(row);
}

/** A new instance pinned to the published definitions row it starts with. */
export async function startInstance(
  tx: Db,
  registry: EntityRegistry,
  actor: Actor,
  workflow: PublishedWorkflow,
  entity: EntityDef,
  record: RecordDto,
  chosenApprovers?: Record<string, string[]>,
  /** Read by the caller with other statements; read here otherwise. */
  directory?: LoadedDirectory,
): Promise<Advanced & { id: string }> {
  const id = randomUUID();
  const instance = { id, workflowKey: workflow.definition.key, definitionId: workflow.id, entity: entity.key, recordId: record.id, initiatorId: actor.id, version: 0, state: null };
  const advanced = await advanceInstance({ tx, registry, definition: workflow.definition, entity, record, instance, event: { type: 'start', initiator: actor.id, chosenApprovers }, actor, directory });
  return { ...advanced, id };
}
