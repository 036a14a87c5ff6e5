import type { ApprovalConfig } from './approval-config';
import type { TransitionContext } from './context';
import type { WorkflowDefinition, WorkflowNode } from './definition';
import type { WorkflowEffect } from './effects';
import { graphOf, type WorkflowGraph } from './graph';
import type { HistoryEntry, InstanceState, Outcome, Task, Timer } from './state';

/** A published definition the engine cannot run (the validator refuses these at publish time). */
export class WorkflowDefinitionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkflowDefinitionError';
  }
}

/**
 * One transition in progress. It owns a private copy of the state, so the helpers below mutate
 * freely and the caller's state stays untouched whatever happens.
 */
export type Run = {
  definition: WorkflowDefinition;
  graph: WorkflowGraph;
  state: InstanceState;
  effects: WorkflowEffect[];
  context: TransitionContext;
  /** The record as this transition sees it, including values set by action nodes along the way. */
  record: Record<string, unknown>;
  at: string;
  /** Tokens that arrived at a node and wait to be processed. */
  queue: Array<{ tokenId: string; nodeKey: string }>;
};

export function createRun(definition: WorkflowDefinition, state: InstanceState, context: TransitionContext): Run {
  return { definition, graph: graphOf(definition), state, effects: [], context, record: { ...context.record }, at: context.now.toISOString(), queue: [] };
}

export function emit(run: Run, effect: WorkflowEffect): void {
  run.effects.push(effect);
}

/** Appends to the instance's timeline and hands the same entry to the audit log. */
export function log(run: Run, entry: Omit<HistoryEntry, 'at'>): void {
  const full: HistoryEntry = { at: run.at, ...entry };
  run.state.history.push(full);
  emit(run, { type: 'audit', entry: full });
}

export function nodeOf(run: Run, key: string): WorkflowNode {
  const node = run.graph.nodes.get(key);
  if (!node) throw new WorkflowDefinitionError(`node "${key}" does not exist`);
  return node;
}

export function approvalOf(run: Run, key: string): ApprovalConfig {
  const node = nodeOf(run, key);
  if (node.kind !== 'approval') throw new WorkflowDefinitionError(`node "${key}" is not an approval`);
  return node.approval;
}

export function scheduleTimer(run: Run, timer: Omit<Timer, 'id'>): Timer {
  const full: Timer = { id: run.context.newId(), ...timer };
  run.state.timers.push(full);
  emit(run, { type: 'schedule_timer', timer: full });
  return full;
}

export function cancelTimers(run: Run, which: (timer: Timer) => boolean): void {
  for (const timer of run.state.timers.filter(which)) emit(run, { type: 'cancel_timer', timerId: timer.id });
  run.state.timers = run.state.timers.filter((timer) => !which(timer));
}

/** Closes a pending task with a decision (or hand-over) and stops its deadline and reminders. */
export function closeTask(run: Run, task: Task, status: Exclude<Task['status'], 'pending'>, extra: Partial<Task> = {}): void {
  Object.assign(task, extra, { status, decidedAt: run.at });
  cancelTimers(run, (timer) => timer.taskId === task.id);
}

export function cancelTask(run: Run, task: Task, reason: 'step_decided' | 'returned' | 'finished'): void {
  closeTask(run, task, 'cancelled');
  emit(run, { type: 'cancel_task', taskId: task.id, reason });
}

const OUTCOME_ACTIONS = { approved: 'onApproved', rejected: 'onRejected', withdrawn: 'onWithdrawn' } as const;

/** Ends the instance: everything still open is cancelled, then the outcome's state action runs. */
export function finish(run: Run, outcome: Outcome, actor?: string): void {
  for (const task of run.state.tasks) if (task.status === 'pending') cancelTask(run, task, 'finished');
  cancelTimers(run, () => true);
  Object.assign(run.state, { status: outcome, finishedAt: run.at, tokens: [], steps: [], joins: {} });
  run.queue = [];
  const stateAction = outcome === 'cancelled' ? undefined : run.definition[OUTCOME_ACTIONS[outcome]]?.stateAction;
  if (stateAction) emit(run, { type: 'run_state_action', action: stateAction });
  log(run, { action: 'finished', actor, detail: { outcome } });
  emit(run, { type: 'finished', outcome });
}
