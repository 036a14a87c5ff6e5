import type { RecordDto } from '@/engine/contract/api-types';
import type { EntityDef } from '@/engine/metadata/entity';
import { InstanceStateSchema, type InstanceState, type WorkflowDefinition } from '@/engine/workflow';
import type { Db } from '../db/types';
import type { Actor } from '../auth/actor';
import { loadActor } from '../auth/load-actor';
import { conflict } from '../errors';
import { loadRegistry, requireEntity, type EntityRegistry } from '../services/entity-registry';
import { loadFullRecord } from '../services/get-record';
import { definitionById } from './definition-rows';
import type { InstanceRow } from './instance-store';
import { loadDirectory, type LoadedDirectory } from './load-directory';

export type InstanceContext = { registry: EntityRegistry; definition: WorkflowDefinition; entity: EntityDef; record: RecordDto; state: InstanceState };
export type TransitionContext = InstanceContext & { directory: LoadedDirectory };

/** What a transition reads besides the locked row: its pinned definition, the entity and the record as they are now. */
export async function loadInstanceContext(tx: Db, row: InstanceRow): Promise<InstanceContext> {
  const [registry, definition] = await Promise.all([loadRegistry(tx), definitionById(tx, row.definitionId)]);
  return withRecord(tx, row, registry, definition);
}

/** The context plus the directory the engine resolves approvers with, read alongside rather than after it. */
export async function loadTransitionContext(tx: Db, row: InstanceRow, directoryToken?: string): Promise<TransitionContext> {
  const [registry, definition, directory] = await Promise.all([loadRegistry(tx), definitionById(tx, row.definitionId), loadDirectory(tx, directoryToken)]);
  return { ...(await withRecord(tx, row, registry, definition)), directory };
}

async function withRecord(tx: Db, row: InstanceRow, registry: EntityRegistry, definition: WorkflowDefinition): Promise<InstanceContext> {
  const entity = requireEntity(registry, row.entity);
  const record = await loadFullRecord(tx, registry, entity, row.recordId);
  if (!record) throw conflict(`The ${entity.key} record of this workflow no longer exists`);
  return { registry, definition, entity, record, state: InstanceStateSchema.parse(row.state) };
}

/** Timers act for nobody in particular; record writes they cause are attributed to the initiator. */
export async function systemActor(tx: Db, initiatorId: string): Promise<Actor> {
  return (await loadActor(tx, initiatorId)) ?? { id: initiatorId, username: 'workflow', displayName: 'workflow', roles: [], grants: [] };
}
