/**
 * The workflow interpreter: `transition(definition, state, event, context)` → a new state and the
 * effects to carry out, or a refusal. Pure: it reads nothing but its arguments (the clock, the
 * record, the directory and the id generator come in `context`) and never changes them.
 *
 * Contract with the runtime, per event, in ONE database transaction:
 * 1. Lock the workflow_instances row (or compare-and-set its version) and read the record and the
 *    directory entries the definition needs. A task event first completes its row with
 *    `UPDATE tasks … WHERE id = $1 AND status = 'pending'`; zero rows means another event won → 409.
 * 2. Call `transition` with the definition version the instance was started with.
 * 3. `{ ok: false }` → roll back and answer with `status` and `message`. Nothing changed.
 * 4. `{ ok: true }` → store `state` in the instance row; upsert `changedTasks(old, new)` into the
 *    tasks table; turn every effect into rows or outbox jobs (create_task / notify / email / webhook /
 *    cc → notification jobs; schedule_timer / cancel_timer → timer rows; set_field / run_state_action /
 *    counter_effect → record writes, counter effects last before COMMIT; audit → audit_log;
 *    finished → the instance's outcome). Effects are listed in the order they arose; a job key of
 *    instance id + instance version + effect index is stable across retries.
 * `noop` on an ok result explains an event that arrived too late to matter (a stale timer).
 *
 * State: `tokens` are where the instance waits (approval or timer nodes); `steps` are visits of
 * approval nodes with their resolved approvers; `tasks` every task ever created, with status;
 * `timers` the rows that will fire; `joins` arrivals at parallel joins; `history` the timeline.
 */
import type { TransitionContext } from './context';
import type { WorkflowDefinition } from './definition';
import type { WorkflowEffect } from './effects';
import type { WorkflowEvent } from './events';
import { cancel, comment, urge, withdraw } from './instance-actions';
import { createRun, log, WorkflowDefinitionError, type Run } from './run';
import { INSTANCE_STATE_VERSION, type InstanceState } from './state';
import { handleTaskEvent } from './task-actions';
import { refuse, type Handled, type LocalizedText, type Refusal } from './text';
import { timerFired } from './timer-events';
import { drain, newToken } from './traverse';

export type TransitionResult = { ok: true; state: InstanceState; effects: WorkflowEffect[]; noop?: LocalizedText } | Refusal;

function start(definition: WorkflowDefinition, event: Extract<WorkflowEvent, { type: 'start' }>, context: TransitionContext): Run {
  const state: InstanceState = {
    schemaVersion: INSTANCE_STATE_VERSION,
    status: 'running',
    initiator: event.initiator,
    startedAt: context.now.toISOString(),
    tokens: [],
    steps: [],
    tasks: [],
    timers: [],
    joins: {},
    chosenApprovers: event.chosenApprovers ?? {},
    lastApprovers: [],
    acted: false,
    history: [],
  };
  const run = createRun(definition, state, context);
  const first = run.graph.starts[0];
  if (!first) throw new WorkflowDefinitionError('the definition has no start node');
  log(run, { action: 'started', actor: event.initiator });
  run.queue.push({ tokenId: newToken(run, first.key).id, nodeKey: first.key });
  return run;
}

function dispatch(run: Run, event: Exclude<WorkflowEvent, { type: 'start' }>): Handled {
  switch (event.type) {
    case 'approve':
    case 'reject':
    case 'return':
    case 'transfer':
    case 'add_signer':
      return handleTaskEvent(run, event);
    case 'withdraw':
      return withdraw(run, event);
    case 'cancel':
      return cancel(run, event);
    case 'comment':
      return comment(run, event);
    case 'urge':
      return urge(run, event);
    case 'timer_fired':
      return timerFired(run, event);
  }
}

/**
 * Applies one event to an instance (`state` null before `start`). Throws only WorkflowDefinitionError,
 * for a definition the validator would have refused.
 */
export function transition(definition: WorkflowDefinition, state: InstanceState | null, event: WorkflowEvent, context: TransitionContext): TransitionResult {
  let run: Run;
  let handled: Handled = undefined;
  if (event.type === 'start') {
    if (state) return refuse(409, 'already_started', '流程已经启动', 'The workflow has already started');
    run = start(definition, event, context);
  } else {
    if (!state) return refuse(409, 'not_started', '流程尚未启动', 'The workflow has not started');
    run = createRun(definition, structuredClone(state), context);
    handled = dispatch(run, event);
    if (handled && 'ok' in handled) return handled;
  }
  drain(run);
  return { ok: true, state: run.state, effects: run.effects, ...(handled && 'noop' in handled ? { noop: handled.noop } : {}) };
}
