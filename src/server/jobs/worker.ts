import type { DbHandle } from '../db/types';
import { logger } from '../observability/logger';
import { coalesce } from './coalesce';
import { claimJobs, completeJobs, failJob, renewLeases, sweepJobs, type JobRecord } from './job-leases';

export type JobHandler<P = unknown> = (payload: P, job: JobRecord) => Promise<void>;

export type WorkerOptions = {
  /** One handler per queue; the worker takes jobs of these queues only. */
  handlers: Record<string, JobHandler<never>>;
  /** Pause between claims while no job is due. Default 500 ms. */
  pollMs?: number;
  /** Most jobs one claim takes. Default 50. */
  batchSize?: number;
  /** Handlers running at once; a claim never takes more than the free slots. Default 10. */
  concurrency?: number;
  /** Retry n waits base·2^(n-1), capped by backoffMaxMs. Defaults 1 s and 1 h. */
  backoffBaseMs?: number;
  backoffMaxMs?: number;
  /** How long a claim holds a job; renewed while its handler runs. Default 60 s. */
  leaseMs?: number;
  /** How often lapsed leases are released (also once at start). Default 30 s. */
  sweepMs?: number;
};

export type JobWorker = {
  /** Takes no new jobs and resolves once the running handlers have finished and been recorded. */
  stop: () => Promise<void>;
};

const log = logger.child({ component: 'jobs' });

export function backoffMs(attempts: number, baseMs: number, maxMs: number): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, attempts - 1));
}

/** The message with its causes ("fetch failed: connect ECONNREFUSED …"), which say what actually went wrong. */
export function errorText(error: unknown): string {
  const parts: string[] = [];
  for (let current: unknown = error; current !== undefined && parts.length < 4; current = current instanceof Error ? current.cause : undefined) {
    parts.push(current instanceof Error ? current.message : String(current));
  }
  return parts.join(': ').slice(0, 2000);
}

/**
 * Runs due jobs until stopped: claim what the free slots allow, hand each job to its queue's
 * handler, record done or a retry with backoff (dead after maxAttempts). A full claim is followed by
 * another at once, so a backlog drains at database speed; an empty one waits pollMs.
 */
export function startWorker(handle: DbHandle, options: WorkerOptions): JobWorker {
  const { handlers, pollMs = 500, batchSize = 50, concurrency = 10, backoffBaseMs = 1000, backoffMaxMs = 3_600_000, leaseMs = 60_000, sweepMs = 30_000 } = options;
  const db = handle.db;
  const queues = Object.keys(handlers);
  const running = new Map<number, Promise<void>>();
  const heldJobs = new Map<number, JobRecord>();
  const recordDone = coalesce<JobRecord>((batch) => completeJobs(db, batch));
  let stopped = false;
  let wake: (() => void) | undefined;
  const nap = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const run = async (job: JobRecord) => {
    heldJobs.set(job.id, job);
    try {
      try {
        await handlers[job.queue](job.payload as never, job);
      } catch (error) {
        log.warn({ queue: job.queue, key: job.key, attempts: job.attempts, err: error }, 'job failed');
        await failJob(db, job, errorText(error), backoffMs(job.attempts, backoffBaseMs, backoffMaxMs));
        return;
      }
      await recordDone(job);
    } catch (error) {
      // The outcome could not be recorded; the lease lapses and the sweep makes the job due again.
      log.error({ queue: job.queue, key: job.key, err: error }, 'job outcome not recorded');
    } finally {
      heldJobs.delete(job.id);
    }
  };

  const loop = async () => {
    await sweepJobs(db).catch((error: unknown) => log.error({ err: error }, 'job sweep failed'));
    while (!stopped) {
      const free = Math.min(batchSize, concurrency - running.size);
      if (free <= 0) {
        await Promise.race(running.values());
        continue;
      }
      let claimed: JobRecord[];
      try {
        claimed = await claimJobs(db, queues, free, leaseMs);
      } catch (error) {
        log.error({ err: error }, 'job claim failed');
        await nap(pollMs);
        continue;
      }
      for (const job of claimed) {
        const task = run(job).finally(() => running.delete(job.id));
        running.set(job.id, task);
      }
      if (claimed.length < free && !stopped) await nap(pollMs);
    }
  };

  const sweeper = setInterval(() => void sweepJobs(db).catch((error: unknown) => log.error({ err: error }, 'job sweep failed')), sweepMs);
  const renewer = setInterval(
    () => void renewLeases(db, [...heldJobs.values()], leaseMs).catch((error: unknown) => log.error({ err: error }, 'job lease renewal failed')),
    Math.max(1, Math.floor(leaseMs / 3)),
  );
  const looping = loop();

  return {
    stop: async () => {
      stopped = true;
      wake?.();
      clearInterval(sweeper);
      await looping;
      await Promise.all(running.values());
      clearInterval(renewer);
    },
  };
}
