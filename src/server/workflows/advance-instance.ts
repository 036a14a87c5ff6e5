import { randomUUID } from 'node:crypto';
import type { RecordDto } from '@/engine/contract/api-types';
import type { EntityDef } from '@/engine/metadata/entity';
import { changedTasks, transition, type InstanceState, type LocalizedText, type Refusal, type WorkflowDefinition, type WorkflowEvent } from '@/engine/workflow';
import type { Db } from '../db/types';
import type { Actor } from '../auth/actor';
import { AppError } from '../errors';
import type { EntityRegistry } from '../services/entity-registry';
import { applyEffects } from './apply-effects';
import { insertInstance, saveInstance, upsertTasks, type NewInstance } from './instance-store';
import type { TransitionContext } from './instance-context';
import type { InstanceRow } from './instance-store';
import { loadDirectory, type LoadedDirectory } from './load-directory';

export type Advance = {
  tx: Db;
  registry: EntityRegistry;
  definition: WorkflowDefinition;
  entity: EntityDef;
  record: RecordDto;
  /** The locked instance; for a start, the row to create (state null, version 0). */
  instance: NewInstance & { version: number; state: InstanceState | null };
  event: WorkflowEvent;
  actor: Actor;
  /** Loaded with the instance's context when the caller has one; read here otherwise. */
  directory?: LoadedDirectory;
};

export type Advanced = { state: InstanceState; version: number; noop?: LocalizedText };

/** One event on a locked instance whose context is loaded: a task action, a withdrawal, a timer. */
export function advanceLoaded(tx: Db, row: InstanceRow, context: TransitionContext, event: WorkflowEvent, actor: Actor): Promise<Advanced> {
  const { registry, definition, entity, record, state, directory } = context;
  return advanceInstance({ tx, registry, definition, entity, record, instance: { ...row, state }, event, actor, directory });
}

/** The engine's refusal as the contract's error: nothing was written (the caller's transaction rolls back). */
export function refusalError(refusal: Refusal): AppError {
  const code = refusal.status === 400 ? 'validation_failed' : refusal.status === 403 ? 'forbidden' : refusal.status === 404 ? 'not_found' : 'conflict';
  // A missing comment is bad input (422 in the contract), not a malformed request.
  const status = refusal.status === 400 ? 422 : refusal.status;
  return new AppError(status, code, refusal.message.en, { reason: refusal.code, message: refusal.message });
}

/**
 * Steps 2–4 of the engine's runtime contract (src/engine/workflow/transition.ts), inside the
 * caller's transaction with the instance already locked: transition, then record effects, the
 * instance row, task rows, notifications, jobs, and counter effects last.
 */
export async function advanceInstance(input: Advance): Promise<Advanced> {
  const { tx, instance } = input;
  const directory = input.directory ?? (await loadDirectory(tx));
  const result = transition(input.definition, instance.state, input.event, { now: new Date(), record: input.record, directory, newId: randomUUID });
  if (!result.ok) throw refusalError(result);
  const version = instance.version + 1;
  const state = result.state;
  // A new instance's row goes out now and is awaited with the effects' rows: the server runs
  // pipelined statements in order, so the rows referring to it still find it.
  const inserted = instance.state === null ? insertInstance(tx, instance, state) : undefined;
  // Only keeps a failure unhandled-free while record effects are awaited; Promise.all below reports it.
  inserted?.catch(() => {});
  const { notes, rowWrites, applyCounters } = await applyEffects(
    { tx, registry: input.registry, definition: input.definition, entity: input.entity, record: input.record, instanceId: instance.id, version, actor: input.actor },
    result.effects,
  );
  state.history.push(...notes);
  await Promise.all([
    inserted,
    rowWrites,
    instance.state === null && notes.length === 0 ? undefined : saveInstance(tx, instance.id, version, state),
    upsertTasks(tx, instance.id, changedTasks(instance.state, state)),
  ]);
  await applyCounters();
  return { state, version, ...(result.noop ? { noop: result.noop } : {}) };
}
