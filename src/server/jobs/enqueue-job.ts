import { and, eq, sql } from 'drizzle-orm';
import { jobs } from '../db/schema';
import { jsonb, queryRows } from '../db/sql';
import type { Db } from '../db/types';

export type NewJob = {
  queue: string;
  /** Stable per queue (e.g. `order-close:<id>`): enqueueing an existing key again is a no-op. */
  key: string;
  /** JSON; null or undefined is stored as {}. */
  payload: unknown;
  /** Not before this time: a timer. Default now. */
  runAt?: Date;
  /** Runs before the job goes dead. Default 5. */
  maxAttempts?: number;
};

/**
 * Writes the job with the caller's db or transaction, so it commits or rolls back with the business
 * change. Returns false when the key was already taken (queued, running, done or dead).
 */
export async function enqueue(db: Db, job: NewJob): Promise<boolean> {
  return (await enqueueMany(db, [job])) === 1;
}

/** Several jobs in one statement (one transition's effects); returns how many were new. */
export async function enqueueMany(db: Db, batch: NewJob[]): Promise<number> {
  if (batch.length === 0) return 0;
  // Hand-written: every workflow transition enqueues, and drizzle's insert builder cost more than the statement.
  const rows = batch.map(
    (job) =>
      sql`(${job.queue}, ${job.key}, ${jsonb(job.payload ?? {})}, ${job.runAt ? sql`${job.runAt.toISOString()}::timestamptz` : sql`default`}, ${job.maxAttempts ?? sql`default`})`,
  );
  const inserted = await queryRows(db, sql`insert into jobs (queue, key, payload, run_at, max_attempts) values ${sql.join(rows, sql`, `)} on conflict (queue, key) do nothing returning id`);
  return inserted.length;
}

/**
 * Drops a job that has not started (a timer no longer needed), freeing its key. A running job is
 * left alone: it is already under way, so its handler must re-check its guard. Returns whether one was dropped.
 */
export async function cancelJob(db: Db, queue: string, key: string): Promise<boolean> {
  const deleted = await db
    .delete(jobs)
    .where(and(eq(jobs.queue, queue), eq(jobs.key, key), eq(jobs.status, 'pending')))
    .returning({ id: jobs.id });
  return deleted.length > 0;
}
