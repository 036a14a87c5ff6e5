import { and, eq, inArray, lte, sql, type SQL } from 'drizzle-orm';
import { jobs } from '../db/schema';
import type { Db } from '../db/types';

export type JobRecord = typeof jobs.$inferSelect;

/** An interval parameter for `now() + …`: the database's clock decides, whichever process asks. */
const after = (ms: number): SQL => sql`now() + ${`${Math.max(0, Math.round(ms))} milliseconds`}::interval`;

/**
 * Takes up to `limit` due jobs of these queues and leases them for `leaseMs`. SKIP LOCKED lets
 * workers on other connections take other jobs instead of queueing behind these; the CTE is
 * evaluated once (a locking clause keeps PostgreSQL from inlining it), so no more than `limit` are taken.
 * `attempts` is bumped here and serves as the fencing token for everything the worker writes later.
 */
export async function claimJobs(db: Db, queues: string[], limit: number, leaseMs: number): Promise<JobRecord[]> {
  if (queues.length === 0 || limit <= 0) return [];
  const due = db.$with('due').as(
    db
      .select({ id: jobs.id })
      .from(jobs)
      .where(and(eq(jobs.status, 'pending'), lte(jobs.runAt, sql`now()`), inArray(jobs.queue, queues)))
      .orderBy(jobs.runAt)
      .limit(limit)
      .for('update', { skipLocked: true }),
  );
  return db
    .with(due)
    .update(jobs)
    .set({ status: 'running', attempts: sql`${jobs.attempts} + 1`, lockedUntil: after(leaseMs), updatedAt: sql`now()` })
    .where(inArray(jobs.id, db.select({ id: due.id }).from(due)))
    .returning();
}

/** Only while this worker still holds the job: a lease that lapsed and was re-claimed bumped `attempts`. */
const held = (job: Pick<JobRecord, 'id' | 'attempts'>) => and(eq(jobs.id, job.id), eq(jobs.attempts, job.attempts), eq(jobs.status, 'running'));

/**
 * The same for many jobs at once. Two array parameters, not a list of pairs, so the statement's
 * text is the same whatever the batch size and postgres.js prepares it once per connection.
 */
const allHeld = (batch: Pick<JobRecord, 'id' | 'attempts'>[]) => {
  const ids = sql.param(batch.map((job) => job.id));
  const attempts = sql.param(batch.map((job) => job.attempts));
  return and(eq(jobs.status, 'running'), sql`(${jobs.id}, ${jobs.attempts}) in (select * from unnest(${ids}::bigint[], ${attempts}::integer[]))`);
};

/** Records successes; one statement for many keeps the commit count, not the job count, the cost. */
export async function completeJobs(db: Db, batch: Pick<JobRecord, 'id' | 'attempts'>[]): Promise<void> {
  if (batch.length === 0) return;
  await db.update(jobs).set({ status: 'done', lockedUntil: null, lastError: null, updatedAt: sql`now()` }).where(allHeld(batch));
}

/** Back to pending after `retryInMs`, or dead once the attempts are used up. */
export async function failJob(db: Db, job: JobRecord, error: string, retryInMs: number): Promise<void> {
  const dead = job.attempts >= job.maxAttempts;
  await db
    .update(jobs)
    .set(dead ? { status: 'dead', lockedUntil: null, lastError: error, updatedAt: sql`now()` } : { status: 'pending', runAt: after(retryInMs), lockedUntil: null, lastError: error, updatedAt: sql`now()` })
    .where(held(job));
}

/** Extends the leases of jobs still being handled, so only a worker that is gone loses its jobs. */
export async function renewLeases(db: Db, batch: Pick<JobRecord, 'id' | 'attempts'>[], leaseMs: number): Promise<void> {
  if (batch.length === 0) return;
  await db.update(jobs).set({ lockedUntil: after(leaseMs), updatedAt: sql`now()` }).where(allHeld(batch));
}

/**
 * After a restart (or a worker that died): running jobs whose lease lapsed become pending again with
 * their run_at kept, so they are due at once, or dead if that was their last attempt. Due pending jobs
 * need nothing: a worker takes them on its next claim. Returns how many were released.
 */
export async function sweepJobs(db: Db): Promise<number> {
  const released = await db
    .update(jobs)
    .set({
      status: sql`case when ${jobs.attempts} >= ${jobs.maxAttempts} then 'dead' else 'pending' end`,
      lastError: 'lease expired: the worker running it stopped before finishing',
      lockedUntil: null,
      updatedAt: sql`now()`,
    })
    .where(and(eq(jobs.status, 'running'), lte(jobs.lockedUntil, sql`now()`)))
    .returning({ id: jobs.id });
  return released.length;
}
