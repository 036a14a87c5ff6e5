import { openTask, settleStep } from './approval-step';
import type { EventOf } from './events';
import { resolveUsers } from './resolve-approvers';
import { approvalOf, closeTask, emit, log, nodeOf, scheduleTimer, type Run } from './run';
import type { Task, Timer } from './state';
import { continueAfterApproval } from './task-actions';
import { noop, type Handled } from './text';
import { afterStep, moveOn } from './traverse';

const HOUR = 3_600_000;

/**
 * A timer row came due. The guard is re-checked here: the timer must still be scheduled, its node
 * still active and its task still pending. Anything else (an approval that won the race, a
 * withdrawn instance) makes the firing a no-op that says why.
 */
export function timerFired(run: Run, event: EventOf<'timer_fired'>): Handled {
  const timer = run.state.timers.find((candidate) => candidate.id === event.timerId);
  if (!timer || run.state.status !== 'running') return noop('定时器已取消或已触发', 'The timer was cancelled or has already fired');
  run.state.timers = run.state.timers.filter((candidate) => candidate.id !== timer.id);
  const token = run.state.tokens.find((candidate) => candidate.id === timer.tokenId && candidate.nodeKey === timer.nodeKey);
  if (!token) return noop('定时器所在的节点已不在进行中', 'The node this timer belongs to is no longer active');
  if (timer.kind === 'node') {
    log(run, { action: 'timer_fired', nodeKey: timer.nodeKey });
    moveOn(run, token, nodeOf(run, timer.nodeKey));
    return undefined;
  }
  const task = run.state.tasks.find((candidate) => candidate.id === timer.taskId);
  const step = run.state.steps.find((candidate) => candidate.id === task?.stepId);
  if (!task || task.status !== 'pending' || !step) return noop('任务已处理，无需提醒', 'The task has already been handled');
  if (timer.kind === 'remind') return remind(run, timer, task);
  const due = approvalOf(run, task.nodeKey).due;
  switch (due?.onTimeout ?? 'remind') {
    case 'remind':
      overdue(run, task);
      return undefined;
    case 'auto_approve':
      closeTask(run, task, 'approved', { auto: 'timeout' });
      log(run, { action: 'auto_approved', nodeKey: task.nodeKey, taskId: task.id, detail: { reason: 'timeout' } });
      continueAfterApproval(run, { task, step, token });
      return undefined;
    case 'auto_reject':
      closeTask(run, task, 'rejected', { auto: 'timeout' });
      log(run, { action: 'auto_rejected', nodeKey: task.nodeKey, taskId: task.id, detail: { reason: 'timeout' } });
      afterStep(run, token, settleStep(run, step));
      return undefined;
    case 'escalate': {
      const holders = new Set(run.state.tasks.filter((candidate) => candidate.stepId === step.id && candidate.status === 'pending').map((candidate) => candidate.assignee));
      // A manager chain counts from the overdue approver here: escalation goes to *their* manager.
      const input = { directory: run.context.directory, record: run.record, initiator: task.assignee };
      // Escalation hands the task to one person: the first the escalation source names who is not already on it.
      const target = resolveUsers(due?.escalateTo ? [due.escalateTo] : [], input).find((user) => !holders.has(user));
      if (!target) {
        overdue(run, task);
        log(run, { action: 'note', nodeKey: task.nodeKey, taskId: task.id, detail: { reason: 'no_escalation_target' } });
        return undefined;
      }
      closeTask(run, task, 'transferred', { transferredTo: target, auto: 'timeout' });
      log(run, { action: 'escalated', nodeKey: task.nodeKey, taskId: task.id, detail: { from: task.assignee, to: target } });
      openTask(run, step, task.order, target, task.addedBy ? { addedBy: task.addedBy, addedPosition: task.addedPosition } : {});
      return undefined;
    }
  }
}

function message(run: Run, zh: string, en: string) {
  const name = run.definition.name;
  return { 'zh-CN': `${name['zh-CN']}：${zh}`, en: `${name.en ?? name['zh-CN']}: ${en}` };
}

function overdue(run: Run, task: Task): void {
  emit(run, { type: 'notify', nodeKey: task.nodeKey, taskId: task.id, reason: 'overdue', userIds: [task.assignee], message: message(run, '任务已超时，请尽快处理', 'this task is overdue') });
  log(run, { action: 'reminded', nodeKey: task.nodeKey, taskId: task.id, detail: { overdue: true } });
}

/** 催办 by the clock: tell the assignee and come back after the same interval until the task is handled. */
function remind(run: Run, timer: Timer, task: Task): Handled {
  emit(run, { type: 'notify', nodeKey: task.nodeKey, taskId: task.id, reason: 'remind', userIds: [task.assignee], message: message(run, '有待处理的审批', 'an approval is waiting for you') });
  log(run, { action: 'reminded', nodeKey: task.nodeKey, taskId: task.id });
  const every = approvalOf(run, task.nodeKey).due?.remindEveryHours;
  if (every) scheduleTimer(run, { kind: 'remind', nodeKey: timer.nodeKey, tokenId: timer.tokenId, taskId: task.id, dueAt: new Date(run.context.now.getTime() + every * HOUR).toISOString() });
  return undefined;
}
