import { eq } from 'drizzle-orm';
import { jobs } from '../db/schema';
import type { DbHandle } from '../db/types';
import { enqueueMany } from './enqueue-job';
import { startWorker } from './worker';

export type JobsBenchResult = { count: number; seconds: number; jobsPerSecond: number };

/**
 * Outbox throughput: enqueues `count` jobs on a fresh queue, then times one worker with a no-op
 * handler from start until every job is recorded done (target ≥ 1,000 jobs/s on PostgreSQL).
 * The bench queue's rows are deleted afterwards.
 */
export async function benchJobs(handle: DbHandle, count: number): Promise<JobsBenchResult> {
  const queue = `bench-${Date.now().toString(36)}`;
  for (let from = 0; from < count; from += 1000) {
    const size = Math.min(1000, count - from);
    await enqueueMany(handle.db, Array.from({ length: size }, (_, i) => ({ queue, key: String(from + i), payload: { n: from + i } })));
  }
  let handled = 0;
  let allHandled!: () => void;
  const finished = new Promise<void>((resolve) => (allHandled = resolve));
  const started = performance.now();
  const worker = startWorker(handle, {
    handlers: {
      [queue]: async () => {
        handled += 1;
        if (handled === count) allHandled();
      },
    },
    pollMs: 50,
    batchSize: 100,
    concurrency: handle.driver === 'postgres' ? 32 : 8,
  });
  await finished;
  // stop() waits for the last handlers' done writes, so the clock covers every outcome recorded.
  await worker.stop();
  const seconds = (performance.now() - started) / 1000;
  await handle.db.delete(jobs).where(eq(jobs.queue, queue));
  return { count, seconds, jobsPerSecond: count / seconds };
}
