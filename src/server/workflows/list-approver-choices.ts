import type { Db } from '../db/types';
import { assertCan, type Actor } from '../auth/actor';
import { notFound } from '../errors';
import { findRecord } from '../store/records';
import { loadRegistry, requireEntity } from '../services/entity-registry';
import { isUuid } from '../services/get-record';
import { workflowChoices, type WorkflowChoices } from './approver-choices';
import { isRunning, triggeredWorkflows } from './start-workflow';

/**
 * What running `actionKey` on the record would ask its initiator: the workflows it starts with
 * approval nodes taking the initiator's choice. A workflow already running on the record is left
 * out, since the action would not start it again.
 */
export async function actionApproverChoices(db: Db, actor: Actor, entityKey: string, recordId: string, actionKey: string): Promise<WorkflowChoices[]> {
  const registry = await loadRegistry(db);
  const entity = requireEntity(registry, entityKey);
  assertCan(actor, entity, 'update');
  if (!entity.lifecycle?.actions.some((action) => action.key === actionKey && !action.system)) throw notFound(`${entity.key} records have no action "${actionKey}"`);
  const record = isUuid(recordId) ? await findRecord(db, entity, recordId) : undefined;
  if (!record) throw notFound(`No ${entity.key} record with id "${recordId}"`);
  const choices = workflowChoices(triggeredWorkflows(registry, entity.key, { kind: 'state_action', action: actionKey }));
  const running = await Promise.all(choices.map((choice) => isRunning(db, choice.workflowKey, entity.key, record.id)));
  return choices.filter((_, index) => !running[index]);
}

/** What creating a record of `entityKey` would ask its initiator. */
export async function createApproverChoices(db: Db, actor: Actor, entityKey: string): Promise<WorkflowChoices[]> {
  const registry = await loadRegistry(db);
  const entity = requireEntity(registry, entityKey);
  assertCan(actor, entity, 'create');
  return workflowChoices(triggeredWorkflows(registry, entity.key, { kind: 'record_created' }));
}
