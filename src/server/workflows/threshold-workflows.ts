import { sql } from 'drizzle-orm';
import type { RecordDto } from '@/engine/contract/api-types';
import type { EntityDef } from '@/engine/metadata/entity';
import { expressionColumns } from '@/engine/query/sql-expression';
import { thresholdSource, watchedExpression } from '@/engine/workflow/threshold-trigger';
import { queryOne } from '../db/sql';
import type { Db } from '../db/types';
import type { Actor } from '../auth/actor';
import type { EntityRegistry, PublishedWorkflow } from '../services/entity-registry';
import { loadFullRecord } from '../services/get-record';
import { crossedByValuesSql, type CounterWatch } from '../store/counter-watch';
import type { Crossing } from '../store/counters';
import { isRunning, startInstance } from './start-workflow';

export type ThresholdWatch = CounterWatch & { workflow: PublishedWorkflow };

/**
 * Published threshold workflows on `entityKey` whose watched field reads one of the `changed`
 * columns; decided from the registry in memory, so a write no workflow watches costs nothing.
 */
export function thresholdWatches(registry: EntityRegistry, entityKey: string, changed: readonly string[]): ThresholdWatch[] {
  const entity = registry.get(entityKey);
  if (!entity || !registry.workflows.length) return [];
  return registry.workflows.flatMap((workflow) => {
    const { trigger } = workflow.definition;
    if (workflow.definition.entity !== entityKey || trigger.kind !== 'threshold_crossed') return [];
    const value = watchedExpression(entity, trigger.field);
    // A definition published before a field was removed is skipped, not allowed to fail every order.
    const below = thresholdSource(entity, trigger.below, registry.get);
    if (!value.ok || !below.ok || !expressionColumns(value.value).some((column) => changed.includes(column))) return [];
    return [{ workflow, value: value.value, below: below.value }];
  });
}

/**
 * Starts each crossed watch's workflow on its counter record, in the caller's transaction: the
 * alert commits with the order that caused it, or not at all. An alert still running on that
 * record (waiting for someone) is not started twice.
 */
export async function startThresholdWorkflows(tx: Db, registry: EntityRegistry, actor: Actor, entityKey: string, watches: readonly ThresholdWatch[], crossed: readonly Crossing[]): Promise<void> {
  const entity = registry.get(entityKey);
  if (!entity) return;
  for (const { recordId, watch } of crossed) {
    const { workflow } = watches[watch];
    if (await isRunning(tx, workflow.definition.key, entity.key, recordId)) continue;
    const record = await loadFullRecord(tx, registry, entity, recordId);
    if (record) await startInstance(tx, registry, actor, workflow, entity, record);
  }
}

/**
 * After an edit by hand (e.g. stock counted and corrected): starts the threshold workflows whose
 * watched value the edit took below its threshold. The row is locked by the edit, so the before
 * and after values are exact; an edit no published workflow watches costs no statement.
 */
export async function startThresholdWorkflowsOnEdit(tx: Db, registry: EntityRegistry, actor: Actor, entity: EntityDef, before: RecordDto, after: RecordDto, changed: readonly string[]): Promise<void> {
  const watches = thresholdWatches(registry, entity.key, changed);
  if (!watches.length) return;
  const row = await queryOne<Record<string, boolean | string>>(tx, sql`select ${sql.join(watches.map((watch, index) => sql`${crossedByValuesSql(watch, before, after)} as ${sql.identifier(`crossed_${index}`)}`), sql`, `)}`);
  const crossed = watches.flatMap((_watch, index) => (row && (row[`crossed_${index}`] === true || row[`crossed_${index}`] === 't') ? [{ recordId: after.id, watch: index }] : []));
  if (crossed.length) await startThresholdWorkflows(tx, registry, actor, entity.key, watches, crossed);
}
