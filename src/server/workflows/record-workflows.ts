import { and, desc, eq } from 'drizzle-orm';
import { InstanceStateSchema, type LocalizedText } from '@/engine/workflow';
import { workflowInstances } from '../db/schema';
import type { Db } from '../db/types';
import { assertCan, type Actor } from '../auth/actor';
import { loadRegistry, requireEntity } from '../services/entity-registry';
import { isUuid } from '../services/get-record';
import { definitionsById } from './definition-rows';
import { historyOf, localized, peopleById, peopleIn, type HistoryItem } from './workflow-dtos';

export type RecordWorkflow = { instanceId: string; workflowKey: string; workflowName: LocalizedText; status: string; startedAt: string; history: HistoryItem[] };

/** The workflows a record went through, newest first, for the record page's timeline. */
export async function recordWorkflows(db: Db, actor: Actor, entityKey: string, recordId: string): Promise<RecordWorkflow[]> {
  const registry = await loadRegistry(db);
  const entity = requireEntity(registry, entityKey);
  assertCan(actor, entity, 'read');
  if (!isUuid(recordId)) return [];
  const rows = await db
    .select()
    .from(workflowInstances)
    .where(and(eq(workflowInstances.entity, entity.key), eq(workflowInstances.recordId, recordId)))
    .orderBy(desc(workflowInstances.startedAt))
    .limit(50);
  const states = rows.map((row) => InstanceStateSchema.parse(row.state));
  const [definitions, people] = await Promise.all([definitionsById(db, rows.map((row) => row.definitionId)), peopleById(db, states.flatMap(peopleIn))]);
  return rows.map((row, index) => {
    const definition = definitions.get(row.definitionId)!;
    return {
      instanceId: row.id,
      workflowKey: row.workflowKey,
      workflowName: localized(definition.name),
      status: states[index].status,
      startedAt: new Date(row.startedAt).toISOString(),
      history: historyOf(definition, states[index], people),
    };
  });
}
