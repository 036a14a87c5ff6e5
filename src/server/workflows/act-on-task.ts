import { and, eq } from 'drizzle-orm';
import { fieldPermissions, type WorkflowEvent } from '@/engine/workflow';
import { workflowTasks } from '../db/schema';
import type { Db } from '../db/types';
import type { Actor } from '../auth/actor';
import { conflict, forbidden, mapDbErrors, notFound, validationFailed } from '../errors';
import { isUuid, loadFullRecord } from '../services/get-record';
import { updateRecord } from '../services/update-record';
import { advanceLoaded } from './advance-instance';
import { loadTransitionContext } from './instance-context';
import { lockInstanceOfTask } from './instance-store';
import { TaskActionBodySchema, type TaskAction, type TaskActionBody } from './task-action-input';
import { instanceDto, peopleById, peopleIn, taskDto, type InstanceDto, type TaskDto } from './workflow-dtos';

/** The status a decided task gets at once; the transition's own task rows then overwrite it. */
const CLOSING_STATUS: Partial<Record<TaskAction, string>> = { approve: 'approved', reject: 'rejected', return: 'returned', transfer: 'transferred', add_signer: 'transferred' };

function eventFor(action: TaskAction, taskId: string, actor: string, body: TaskActionBody, changedFields: string[]): WorkflowEvent {
  const comment = body.comment || undefined;
  const need = (value: string | undefined, name: string) => {
    if (!value) throw validationFailed(`"${name}" is required for ${action}`, { fields: [{ field: name, code: 'required', message: `"${name}" is required` }] });
    return value;
  };
  switch (action) {
    case 'approve':
      return { type: 'approve', taskId, actor, comment, changedFields };
    case 'reject':
      return { type: 'reject', taskId, actor, comment };
    case 'return':
      return { type: 'return', taskId, actor, to: need(body.nodeKey, 'nodeKey'), comment };
    case 'transfer':
      return { type: 'transfer', taskId, actor, to: need(body.to, 'to'), comment };
    case 'add_signer':
      return { type: 'add_signer', taskId, actor, position: body.position ?? 'before', user: need(body.userId, 'userId'), comment };
    case 'comment':
      return { type: 'comment', taskId, actor, comment: need(comment, 'comment') };
  }
}

/**
 * One task decision in one transaction, per the engine's runtime contract: lock the instance,
 * close the task with `UPDATE … WHERE status = 'pending'` (no row: someone else decided first → 409),
 * apply the approver's editable values to the record, transition, persist, apply effects.
 */
export async function actOnTask(db: Db, actor: Actor, taskId: string, action: TaskAction, rawBody: unknown): Promise<{ task: TaskDto; instance: InstanceDto }> {
  const parsed = TaskActionBodySchema.safeParse(rawBody ?? {});
  if (!parsed.success) throw validationFailed(`Invalid request: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  const body = parsed.data;
  if (!isUuid(taskId)) throw notFound(`No task "${taskId}"`);
  return mapDbErrors(() =>
    db.transaction(async (tx) => {
      const locked = await lockInstanceOfTask(tx, taskId);
      if (!locked) throw notFound(`No task "${taskId}"`);
      const { row } = locked;
      const closing = CLOSING_STATUS[action];
      if (closing && locked.assigneeId !== actor.id) throw forbidden('This task is not assigned to you');
      // The instance is locked, so closing the task and reading the context go out together.
      const [closed, context] = await Promise.all([
        closing
          ? tx
              .update(workflowTasks)
              .set({ status: closing, completedAt: new Date() })
              .where(and(eq(workflowTasks.id, taskId), eq(workflowTasks.status, 'pending')))
              .returning({ id: workflowTasks.id })
          : undefined,
        loadTransitionContext(tx, row, locked.directoryToken ?? undefined),
      ]);
      if (closed?.length === 0) throw conflict('The task has already been handled, or the workflow has moved on');
      const values = body.values ?? {};
      const changedFields = Object.keys(values);
      if (changedFields.length) {
        if (action !== 'approve') throw validationFailed('Record values can only be changed with an approval');
        const nodeKey = context.state.tasks.find((candidate) => candidate.id === taskId)?.nodeKey ?? '';
        const permission = fieldPermissions(context.definition, nodeKey);
        const locked = changedFields.filter((field) => permission(field) !== 'editable');
        if (locked.length) {
          const message = `These fields cannot be changed at this step: ${locked.join(', ')}`;
          throw validationFailed(message, { fields: locked.map((field) => ({ field, code: 'read_only', message })) });
        }
        await updateRecord(tx, actor, context.entity.key, context.record.id, context.record.version, values, { authorized: true });
        context.record = (await loadFullRecord(tx, context.registry, context.entity, context.record.id))!;
      }
      const advanced = await advanceLoaded(tx, row, context, eventFor(action, taskId, actor.id, body, changedFields), actor);
      const people = await peopleById(tx, peopleIn(advanced.state), context.directory);
      const after = advanced.state.tasks.find((candidate) => candidate.id === taskId)!;
      return { task: taskDto(row.id, context.definition, after, people), instance: instanceDto(row, advanced.version, context.definition, advanced.state, people) };
    }),
  );
}
