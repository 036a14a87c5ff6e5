import type { NodeOf } from './definition';
import { applyPolicies, resolveUsers, type ResolvedSlot } from './resolve-approvers';
import { approvalOf, cancelTask, emit, log, scheduleTimer, type Run } from './run';
import type { Step, Task, Token } from './state';
import { decideStep, slotStates, type StepDecision } from './approval-votes';

const HOUR = 3_600_000;

/** Gives a slot a pending task (with its deadline and reminders) and tells the assignee. */
export function openTask(run: Run, step: Step, order: number, assignee: string, extra: Partial<Task> = {}): Task {
  const config = approvalOf(run, step.nodeKey);
  const due = config.due;
  const task: Task = {
    id: run.context.newId(),
    nodeKey: step.nodeKey,
    stepId: step.id,
    assignee,
    status: 'pending',
    order,
    createdAt: run.at,
    ...extra,
    ...(due ? { dueAt: new Date(Date.parse(run.at) + due.hours * HOUR).toISOString() } : {}),
  };
  run.state.tasks.push(task);
  emit(run, { type: 'create_task', task });
  if (due) {
    const base = { nodeKey: step.nodeKey, tokenId: step.tokenId, taskId: task.id };
    scheduleTimer(run, { ...base, kind: 'due', dueAt: task.dueAt as string });
    if (due.remindEveryHours) scheduleTimer(run, { ...base, kind: 'remind', dueAt: new Date(Date.parse(run.at) + due.remindEveryHours * HOUR).toISOString() });
  }
  return task;
}

/** A slot passed by policy still gets a task row, decided at once, so the timeline says why. */
function openSlot(run: Run, step: Step, order: number): void {
  const slot = step.slots[order];
  if (!slot.auto) {
    openTask(run, step, order, slot.assignee);
    return;
  }
  const task: Task = { id: run.context.newId(), nodeKey: step.nodeKey, stepId: step.id, assignee: slot.assignee, status: 'approved', order, auto: slot.auto, createdAt: run.at, decidedAt: run.at };
  run.state.tasks.push(task);
  log(run, { action: 'auto_approved', nodeKey: step.nodeKey, taskId: task.id, detail: { reason: slot.auto, assignee: slot.assignee } });
}

function resolveSlots(run: Run, node: NodeOf<'approval'>): ResolvedSlot[] | 'approved' | 'rejected' {
  const { directory } = run.context;
  const { initiator } = run.state;
  const people = resolveUsers(node.approval.approvers, { directory, record: run.record, initiator, chosen: run.state.chosenApprovers[node.key] });
  const slots = applyPolicies(people, node.approval.policies, { directory, initiator, lastApprovers: run.state.lastApprovers });
  if (slots.length > 0) return slots;
  const policy = node.approval.policies.emptyApprovers;
  const admins = policy === 'to_admin' ? [...new Set(directory.admins())] : [];
  if (admins.length > 0) {
    log(run, { action: 'note', nodeKey: node.key, detail: { reason: 'no_approvers_to_admin', admins } });
    return admins.map((assignee) => ({ assignee }));
  }
  // Nobody to ask, and with to_admin nobody to fall back on either: refusing is safer than passing unapproved.
  const passes = policy === 'auto_approve';
  log(run, { action: passes ? 'auto_approved' : 'auto_rejected', nodeKey: node.key, detail: { reason: policy === 'to_admin' ? 'no_admins' : 'no_approvers' } });
  return passes ? 'approved' : 'rejected';
}

/** A token arrives at an approval node: resolve approvers once for this visit and open their tasks. */
export function enterApproval(run: Run, token: Token, node: NodeOf<'approval'>): StepDecision {
  const slots = resolveSlots(run, node);
  if (slots === 'approved' || slots === 'rejected') return slots;
  const step: Step = { id: run.context.newId(), tokenId: token.id, nodeKey: node.key, slots };
  run.state.steps.push(step);
  if (node.approval.mode !== 'sequential') {
    // Policy passes first: when they already decide the step, nobody gets a task only to lose it.
    slots.forEach((slot, order) => slot.auto && openSlot(run, step, order));
    const early = settleStep(run, step);
    if (early !== 'undecided') return early;
    slots.forEach((slot, order) => !slot.auto && openSlot(run, step, order));
  }
  return settleStep(run, step);
}

/**
 * Re-decides a step after anything changed in it. In sequential mode an undecided step opens the
 * next slot (passing auto slots on the way); a decided step closes its remaining tasks.
 */
export function settleStep(run: Run, step: Step): StepDecision {
  const config = approvalOf(run, step.nodeKey);
  for (;;) {
    const states = slotStates(step, run.state.tasks);
    const decision = decideStep(config.mode, states, config.ratioPercent);
    if (decision !== 'undecided') {
      closeStep(run, step, decision);
      return decision;
    }
    const next = states.indexOf('open');
    if (config.mode !== 'sequential' || next < 0 || states.includes('pending')) return 'undecided';
    openSlot(run, step, next);
  }
}

function closeStep(run: Run, step: Step, decision: 'approved' | 'rejected'): void {
  const tasks = run.state.tasks.filter((task) => task.stepId === step.id);
  for (const task of tasks) if (task.status === 'pending') cancelTask(run, task, 'step_decided');
  run.state.steps = run.state.steps.filter((candidate) => candidate.id !== step.id);
  if (decision === 'approved') run.state.lastApprovers = [...new Set(tasks.filter((task) => task.status === 'approved').map((task) => task.assignee))];
}

/** Ends a visit without a decision (returned elsewhere); the caller moves the token. */
export function abandonStep(run: Run, step: Step): void {
  for (const task of run.state.tasks) if (task.stepId === step.id && task.status === 'pending') cancelTask(run, task, 'returned');
  run.state.steps = run.state.steps.filter((candidate) => candidate.id !== step.id);
}
