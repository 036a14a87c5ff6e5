import { openTask, abandonStep, settleStep } from './approval-step';
import type { EventOf, TaskEvent } from './events';
import { approvalOf, closeTask, log, type Run } from './run';
import type { Step, Task, Token } from './state';
import { refuse, type Handled, type Refusal } from './text';
import { afterStep } from './traverse';

type Found = { task: Task; step: Step; token: Token };

/** The actor's own pending task, or why they cannot act on it. */
function findTask(run: Run, event: TaskEvent): Found | Refusal {
  if (run.state.status !== 'running') return refuse(409, 'not_running', '流程已结束', 'The workflow has already finished');
  const task = run.state.tasks.find((candidate) => candidate.id === event.taskId);
  if (!task) return refuse(404, 'task_not_found', '任务不存在', 'No such task');
  if (task.status !== 'pending') return refuse(409, 'task_not_pending', '该任务已处理', 'The task has already been handled');
  if (task.assignee !== event.actor) return refuse(403, 'not_assignee', '这不是你的任务', 'This task is not assigned to you');
  const step = run.state.steps.find((candidate) => candidate.id === task.stepId);
  const token = run.state.tokens.find((candidate) => candidate.id === step?.tokenId);
  if (!step || !token) return refuse(409, 'task_not_pending', '该任务已处理', 'The task has already been handled');
  return { task, step, token };
}

function missingComment(run: Run, task: Task, kind: 'approve' | 'reject' | 'return', comment: string | undefined): Refusal | undefined {
  if (!approvalOf(run, task.nodeKey).commentRequired?.[kind] || (comment && comment.trim() !== '')) return undefined;
  return refuse(400, 'comment_required', '请填写意见', 'A comment is required');
}

function holdsPending(run: Run, step: Step, user: string): boolean {
  return run.state.tasks.some((task) => task.stepId === step.id && task.assignee === user && task.status === 'pending');
}

/** Keeps an added signer's role when their task changes hands. */
function signerRole(task: Task): Partial<Task> {
  return task.addedBy ? { addedBy: task.addedBy, addedPosition: task.addedPosition } : {};
}

function withComment(comment: string | undefined): Partial<Task> {
  return comment ? { comment } : {};
}

/**
 * After an approval: a signer added before someone hands the task back to them; then the step is
 * re-decided. Shared with timeouts that approve automatically.
 */
export function continueAfterApproval(run: Run, found: Found): void {
  const { task, step, token } = found;
  if (task.addedPosition === 'before' && task.addedBy) openTask(run, step, task.order, task.addedBy);
  afterStep(run, token, settleStep(run, step));
}

export function handleTaskEvent(run: Run, event: TaskEvent): Handled {
  const found = findTask(run, event);
  if ('ok' in found) return found;
  const { task, step, token } = found;
  const config = approvalOf(run, task.nodeKey);
  const actor = event.actor;
  const where = { actor, nodeKey: task.nodeKey, taskId: task.id, ...(event.comment ? { comment: event.comment } : {}) };
  switch (event.type) {
    case 'approve': {
      const refusal = missingComment(run, task, 'approve', event.comment) ?? fieldRefusal(config.fieldPermissions, event);
      if (refusal) return refusal;
      run.state.acted = true;
      closeTask(run, task, 'approved', withComment(event.comment));
      log(run, { action: 'approved', ...where });
      continueAfterApproval(run, found);
      return undefined;
    }
    case 'reject': {
      const refusal = missingComment(run, task, 'reject', event.comment);
      if (refusal) return refusal;
      run.state.acted = true;
      closeTask(run, task, 'rejected', withComment(event.comment));
      log(run, { action: 'rejected', ...where });
      afterStep(run, token, settleStep(run, step));
      return undefined;
    }
    case 'return': {
      if (!(config.returnTo ?? []).includes(event.to) || run.graph.nodes.get(event.to)?.kind !== 'approval') {
        return refuse(409, 'return_not_allowed', '不能退回到该节点', 'The task cannot be returned to that node');
      }
      const refusal = missingComment(run, task, 'return', event.comment);
      if (refusal) return refusal;
      run.state.acted = true;
      closeTask(run, task, 'returned', withComment(event.comment));
      log(run, { action: 'returned', ...where, detail: { to: event.to } });
      abandonStep(run, step);
      // The approvers being returned to passed before; auto-passing them again would undo the return.
      run.state.lastApprovers = [];
      run.queue.push({ tokenId: token.id, nodeKey: event.to });
      return undefined;
    }
    case 'transfer': {
      if (!config.allowTransfer) return refuse(409, 'transfer_not_allowed', '该节点不允许转交', 'This step does not allow transfers');
      if (event.to === actor || holdsPending(run, step, event.to)) return refuse(409, 'invalid_user', '不能转交给自己或已在处理的人', 'You cannot transfer to yourself or to someone already handling this step');
      run.state.acted = true;
      closeTask(run, task, 'transferred', { transferredTo: event.to, ...withComment(event.comment) });
      log(run, { action: 'transferred', ...where, detail: { to: event.to } });
      openTask(run, step, task.order, event.to, signerRole(task));
      return undefined;
    }
    case 'add_signer':
      return addSigner(run, found, event);
  }
}

function fieldRefusal(permissions: Record<string, string> | undefined, event: EventOf<'approve'>): Refusal | undefined {
  const locked = (event.changedFields ?? []).filter((field) => permissions?.[field] !== 'editable');
  if (locked.length === 0) return undefined;
  return refuse(403, 'field_not_editable', `此节点不能修改字段：${locked.join('、')}`, `These fields cannot be changed at this step: ${locked.join(', ')}`);
}

/** 加签: one level only — a signer someone added may not add further signers. */
function addSigner(run: Run, found: Found, event: EventOf<'add_signer'>): Handled {
  const { task, step, token } = found;
  const config = approvalOf(run, task.nodeKey);
  if (!config.allowAddSigner) return refuse(409, 'add_signer_not_allowed', '该节点不允许加签', 'This step does not allow adding signers');
  if (task.addedBy) return refuse(409, 'add_signer_not_allowed', '加签人不能再加签', 'An added signer cannot add further signers');
  if (event.user === event.actor || holdsPending(run, step, event.user)) return refuse(409, 'invalid_user', '不能加签自己或已在处理的人', 'You cannot add yourself or someone already handling this step');
  // Adding a signer after oneself approves one's own part, so the approval's comment rule applies.
  const refusal = event.position === 'after' ? missingComment(run, task, 'approve', event.comment) : undefined;
  if (refusal) return refusal;
  run.state.acted = true;
  closeTask(run, task, event.position === 'after' ? 'approved' : 'transferred', withComment(event.comment));
  log(run, { action: 'signer_added', actor: event.actor, nodeKey: task.nodeKey, taskId: task.id, ...(event.comment ? { comment: event.comment } : {}), detail: { user: event.user, position: event.position } });
  openTask(run, step, task.order, event.user, { addedBy: event.actor, addedPosition: event.position });
  if (event.position === 'after') afterStep(run, token, settleStep(run, step));
  return undefined;
}
