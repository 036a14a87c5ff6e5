import { sql } from 'drizzle-orm';
import type { Actor } from '../../src/server/auth/actor';
import { queryRows } from '../../src/server/db/sql';
import type { DbHandle } from '../../src/server/db/types';
import { actOnTask } from '../../src/server/workflows/act-on-task';
import { startOn } from '../../src/server/workflows/workflow-test-kit';
import { forEachLimited } from './percentiles';
import { APPROVAL_WORKFLOW, type WorkflowFixtures } from './workflow-fixtures';

export type OpenTask = { id: string; instanceId: string; assignee: string; step: 1 | 2 };
export type ApprovalRun = { seconds: number; ok: number; conflicts: number; errors: number; perSecond: number; firstStepMs: number[]; lastStepMs: number[]; firstError?: string };

/** Starts one approval instance per order, `concurrency` at a time; returns each one's first-step task (one of the role's two). */
export async function startApprovals(handle: DbHandle, fixtures: WorkflowFixtures, concurrency: number): Promise<{ tasks: OpenTask[]; seconds: number }> {
  const started = performance.now();
  await forEachLimited(fixtures.orders, concurrency, async (order) => {
    await startOn(handle.db, fixtures.clerk, APPROVAL_WORKFLOW, order);
  });
  const seconds = (performance.now() - started) / 1000;
  const rows = await queryRows<{ id: string; instance_id: string; assignee_id: string }>(
    handle.db,
    sql`select distinct on (instance_id) id, instance_id, assignee_id from workflow_tasks where status = 'pending' order by instance_id, random()`,
  );
  return { tasks: rows.map((row) => ({ id: row.id, instanceId: row.instance_id, assignee: row.assignee_id, step: 1 as const })), seconds };
}

/** The instance's open task after the first step was approved: one of the finance role's two, picked at random. */
async function nextTask(handle: DbHandle, instanceId: string): Promise<OpenTask | undefined> {
  const rows = await queryRows<{ id: string; assignee_id: string }>(handle.db, sql`select id, assignee_id from workflow_tasks where instance_id = ${instanceId} and status = 'pending'`);
  const row = rows[Math.floor(Math.random() * rows.length)];
  return row && { id: row.id, instanceId, assignee: row.assignee_id, step: 2 };
}

/**
 * `callers` concurrent approvers for `seconds` (or until no task is left), each calling actOnTask
 * in-process as the route handler does. Second-step tasks are taken before new first steps, so the
 * run mixes both; a first-step approval's latency is the approve-to-next-task figure, and its next
 * task is looked up (untimed) and queued.
 */
export async function approveFor(handle: DbHandle, people: Map<string, Actor>, tasks: OpenTask[], callers: number, seconds: number): Promise<ApprovalRun> {
  const firstSteps = [...tasks];
  const secondSteps: OpenTask[] = [];
  const result: ApprovalRun = { seconds: 0, ok: 0, conflicts: 0, errors: 0, perSecond: 0, firstStepMs: [], lastStepMs: [] };
  const started = performance.now();
  const until = started + seconds * 1000;
  const caller = async () => {
    while (performance.now() < until) {
      const task = secondSteps.pop() ?? firstSteps.pop();
      if (!task) return;
      const begun = performance.now();
      try {
        await actOnTask(handle.db, people.get(task.assignee)!, task.id, 'approve', {});
      } catch (error) {
        if ((error as { status?: number }).status === 409) result.conflicts += 1;
        else result.errors += 1;
        result.firstError ??= String(error);
        continue;
      }
      const ms = performance.now() - begun;
      result.ok += 1;
      if (task.step === 2) {
        result.lastStepMs.push(ms);
        continue;
      }
      result.firstStepMs.push(ms);
      const next = await nextTask(handle, task.instanceId);
      if (next) secondSteps.push(next);
      else result.errors += 1;
    }
  };
  await Promise.all(Array.from({ length: callers }, caller));
  result.seconds = (performance.now() - started) / 1000;
  result.perSecond = result.ok / result.seconds;
  return result;
}

/** First-step approvals one after another on an otherwise idle process: approve-to-next-task without queueing. */
export async function sequentialFirstSteps(handle: DbHandle, people: Map<string, Actor>, tasks: OpenTask[]): Promise<number[]> {
  const latencies: number[] = [];
  for (const task of tasks) {
    const begun = performance.now();
    await actOnTask(handle.db, people.get(task.assignee)!, task.id, 'approve', {});
    latencies.push(performance.now() - begun);
    if (!(await nextTask(handle, task.instanceId))) throw new Error(`no next task after approving ${task.id}`);
  }
  return latencies;
}
