import type { EventOf } from './events';
import { emit, finish, log, type Run } from './run';
import { pendingTasks } from './state';
import { refuse, type Handled } from './text';

function notRunning(run: Run) {
  return run.state.status !== 'running' ? refuse(409, 'not_running', '流程已结束', 'The workflow has already finished') : undefined;
}

/** 撤回: only the initiator, and only while nobody has acted on a task (an automatic pass is not a person acting). */
export function withdraw(run: Run, event: EventOf<'withdraw'>): Handled {
  const refusal = notRunning(run);
  if (refusal) return refusal;
  if (event.actor !== run.state.initiator) return refuse(403, 'not_initiator', '只有发起人可以撤回', 'Only the initiator can withdraw');
  if (run.state.acted) return refuse(409, 'already_acted', '已有审批人处理，不能撤回', 'An approver has already acted, so it can no longer be withdrawn');
  log(run, { action: 'withdrawn', actor: event.actor, ...(event.comment ? { comment: event.comment } : {}) });
  finish(run, 'withdrawn', event.actor);
  return undefined;
}

/** Stops the instance for good; the runtime lets only administrators (or itself) send this. */
export function cancel(run: Run, event: EventOf<'cancel'>): Handled {
  const refusal = notRunning(run);
  if (refusal) return refusal;
  log(run, { action: 'cancelled', actor: event.actor, ...(event.comment ? { comment: event.comment } : {}) });
  finish(run, 'cancelled', event.actor);
  return undefined;
}

/** Anyone involved may comment, also after the instance finished: the discussion outlives the decision. */
export function comment(run: Run, event: EventOf<'comment'>): Handled {
  const involved = event.actor === run.state.initiator || run.state.tasks.some((task) => task.assignee === event.actor);
  if (!involved && !event.asAdmin) return refuse(403, 'not_participant', '你没有参与此流程', 'You are not part of this workflow');
  if (event.taskId && !run.state.tasks.some((task) => task.id === event.taskId)) return refuse(404, 'task_not_found', '任务不存在', 'No such task');
  log(run, { action: 'commented', actor: event.actor, comment: event.comment, ...(event.taskId ? { taskId: event.taskId } : {}) });
  return undefined;
}

/** 催办: the initiator nudges everyone holding a pending task. */
export function urge(run: Run, event: EventOf<'urge'>): Handled {
  const refusal = notRunning(run);
  if (refusal) return refusal;
  if (event.actor !== run.state.initiator) return refuse(403, 'not_initiator', '只有发起人可以催办', 'Only the initiator can send a reminder');
  const name = run.definition.name;
  const message = { 'zh-CN': `${name['zh-CN']}：发起人催办，请尽快处理`, en: `${name.en ?? name['zh-CN']}: the initiator asks you to handle this soon` };
  const tasks = pendingTasks(run.state);
  for (const task of tasks) emit(run, { type: 'notify', nodeKey: task.nodeKey, taskId: task.id, reason: 'urge', userIds: [task.assignee], message });
  log(run, { action: 'urged', actor: event.actor, detail: { userIds: tasks.map((task) => task.assignee) } });
  return undefined;
}
