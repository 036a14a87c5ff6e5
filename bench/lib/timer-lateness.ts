import { sql } from 'drizzle-orm';
import { queryOne } from '../../src/server/db/sql';
import type { DbHandle } from '../../src/server/db/types';
import { startWorker, type JobHandler } from '../../src/server/jobs';
import { TIMER_QUEUE } from '../../src/server/workflows/outbox';
import { workflowHandlers } from '../../src/server/workflows/workflow-worker';
import { startOn } from '../../src/server/workflows/workflow-test-kit';
import { forEachLimited } from './percentiles';
import { TIMER_WORKFLOW, type WorkflowFixtures } from './workflow-fixtures';

export type TimerRun = { timers: number; fired: number; finished: number; latenessMs: number[] };

/**
 * Starts one timer instance per order (each schedules its 1-minute timer job), pulls the jobs' run_at
 * forward so they come due evenly over `windowSeconds` from now, then runs the server's worker with
 * the workflow handlers and default poll settings. Lateness = when fireTimer committed − run_at.
 */
export async function timerLateness(handle: DbHandle, fixtures: WorkflowFixtures, orders: string[], windowSeconds: number): Promise<TimerRun> {
  await forEachLimited(orders, 8, async (order) => {
    await startOn(handle.db, fixtures.clerk, TIMER_WORKFLOW, order);
  });
  await handle.db.execute(sql`update jobs set run_at = now() + interval '1 second' + random() * ${`${windowSeconds} seconds`}::interval
                              where queue = ${TIMER_QUEUE} and status = 'pending'`);
  const latenessMs: number[] = [];
  const handlers = workflowHandlers(handle);
  const fire = handlers[TIMER_QUEUE] as JobHandler;
  let allFired!: () => void;
  const done = new Promise<void>((resolve) => (allFired = resolve));
  const worker = startWorker(handle, {
    handlers: {
      ...handlers,
      [TIMER_QUEUE]: async (payload, job) => {
        await fire(payload, job);
        latenessMs.push(Date.now() - new Date(job.runAt).getTime());
        if (latenessMs.length === orders.length) allFired();
      },
    },
  });
  // Bounded: the window plus a minute, the lateness target.
  await Promise.race([done, new Promise((resolve) => setTimeout(resolve, (windowSeconds + 60) * 1000))]);
  await worker.stop();
  const finished = await queryOne<{ n: number }>(handle.db, sql`select count(*)::int as n from workflow_instances where workflow_key = ${TIMER_WORKFLOW} and status = 'approved'`);
  return { timers: orders.length, fired: latenessMs.length, finished: finished?.n ?? 0, latenessMs };
}
