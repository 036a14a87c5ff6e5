import { eq } from 'drizzle-orm';
import type { EntityView, RecordDto } from '@/engine/contract/api-types';
import { isAdmin } from '@/engine/auth/permissions';
import { activeFields } from '@/engine/metadata/entity';
import { fieldPermissions, type FieldPermission, type LocalizedText } from '@/engine/workflow';
import { workflowInstances, workflowTasks } from '../db/schema';
import type { Db } from '../db/types';
import type { Actor } from '../auth/actor';
import { AppError, notFound } from '../errors';
import { loadForm } from '../services/entity-registry';
import { getEntityView } from '../services/entity-views';
import { isUuid } from '../services/get-record';
import { loadInstanceContext } from './instance-context';
import { historyOf, instanceDto, nodeNameOf, peopleById, peopleIn, taskDto, type HistoryItem, type InstanceDto, type TaskDto } from './workflow-dtos';

export type TaskDetail = {
  task: TaskDto;
  instance: InstanceDto;
  record: RecordDto;
  view: EntityView;
  fieldPermissions: Record<string, FieldPermission>;
  history: HistoryItem[];
  actions: string[];
  returnTargets: Array<{ nodeKey: string; name: LocalizedText }>;
  commentRequired: { approve: boolean; reject: boolean };
};

/** Hidden fields leave the record (and its display titles) on the server: the page never receives them. */
function withoutHidden(record: RecordDto, permissions: Record<string, FieldPermission>): RecordDto {
  const hidden = Object.keys(permissions).filter((field) => permissions[field] === 'hidden');
  const copy: RecordDto = { ...record };
  for (const field of hidden) delete copy[field];
  if (copy._display) copy._display = Object.fromEntries(Object.entries(copy._display).filter(([field]) => !hidden.includes(field)));
  return copy;
}

/**
 * A task as the inbox opens it, for its assignee (or the instance's initiator, or an administrator):
 * the record with the node's field permissions applied, the timeline and the actions allowed now.
 */
export async function getTask(db: Db, actor: Actor, taskId: string): Promise<TaskDetail> {
  if (!isUuid(taskId)) throw notFound(`No task "${taskId}"`);
  const [found] = await db
    .select({ task: workflowTasks, instance: workflowInstances })
    .from(workflowTasks)
    .innerJoin(workflowInstances, eq(workflowInstances.id, workflowTasks.instanceId))
    .where(eq(workflowTasks.id, taskId));
  if (!found || (found.task.assigneeId !== actor.id && found.instance.initiatorId !== actor.id && !isAdmin(actor.grants))) throw notFound(`No task "${taskId}"`);
  const row = found.instance;
  const context = await loadInstanceContext(db, row);
  const { definition, entity, state } = context;
  const task = state.tasks.find((candidate) => candidate.id === taskId);
  if (!task) throw notFound(`No task "${taskId}"`);
  const permission = fieldPermissions(definition, task.nodeKey);
  const permissions = Object.fromEntries(activeFields(entity).map((field) => [field.id, permission(field.id)]));
  const node = definition.nodes.find((candidate) => candidate.key === task.nodeKey);
  const approval = node?.kind === 'approval' ? node.approval : undefined;
  const [people, view] = await Promise.all([
    peopleById(db, peopleIn(state)),
    getEntityView(db, actor, entity.key).catch(async (error: unknown) => {
      // An approver may see the record through the workflow without reading the entity otherwise.
      if (!(error instanceof AppError) || error.status !== 404) throw error;
      return { entity, form: await loadForm(db, entity), related: {}, permissions: [] } satisfies EntityView;
    }),
  ]);
  const running = state.status === 'running';
  const mine = running && task.status === 'pending' && task.assignee === actor.id;
  const actions = [
    ...(mine ? ['approve', 'reject'] : []),
    ...(mine && approval?.returnTo?.length ? ['return'] : []),
    ...(mine && approval?.allowTransfer !== false ? ['transfer'] : []),
    ...(mine && approval?.allowAddSigner !== false && !task.addedBy ? ['add_signer'] : []),
    'comment',
    ...(running && !state.acted && state.initiator === actor.id ? ['withdraw'] : []),
  ];
  return {
    task: taskDto(row.id, definition, task, people),
    instance: instanceDto(row, row.version, definition, state, people),
    record: withoutHidden(context.record, permissions),
    view,
    fieldPermissions: permissions,
    history: historyOf(definition, state, people),
    actions,
    returnTargets: (approval?.returnTo ?? []).map((nodeKey) => ({ nodeKey, name: nodeNameOf(definition, nodeKey) })),
    commentRequired: { approve: Boolean(approval?.commentRequired?.approve), reject: Boolean(approval?.commentRequired?.reject) },
  };
}
