import { and, count, desc, eq, sql } from 'drizzle-orm';
import { jobs } from '../db/schema';
import type { Db } from '../db/types';
import type { JobRecord } from './job-leases';

const deadIn = (queue?: string) => (queue ? and(eq(jobs.status, 'dead'), eq(jobs.queue, queue)) : eq(jobs.status, 'dead'));

/** The dead-letter list for the admin: jobs that used up their attempts, latest first. */
export async function listDeadJobs(db: Db, options: { queue?: string; limit?: number } = {}): Promise<JobRecord[]> {
  return db
    .select()
    .from(jobs)
    .where(deadIn(options.queue))
    .orderBy(desc(jobs.updatedAt), desc(jobs.id))
    .limit(options.limit ?? 100);
}

/** How many dead jobs there are (in one queue), and which queues hold any: the admin's filter. */
export async function summariseDeadJobs(db: Db, queue?: string): Promise<{ total: number; queues: string[] }> {
  const [[{ total }], queues] = await Promise.all([
    db.select({ total: count() }).from(jobs).where(deadIn(queue)),
    db.selectDistinct({ queue: jobs.queue }).from(jobs).where(deadIn()).orderBy(jobs.queue),
  ]);
  return { total: Number(total), queues: queues.map((row) => row.queue) };
}

export async function getJob(db: Db, id: number): Promise<JobRecord | undefined> {
  return (await db.select().from(jobs).where(eq(jobs.id, id)))[0];
}

/**
 * Gives a dead job a fresh set of attempts, due now; its last error stays until the next run.
 * Returns the revived job, or undefined when there was no dead job with this id.
 */
export async function reviveDeadJob(db: Db, id: number): Promise<JobRecord | undefined> {
  const [revived] = await db
    .update(jobs)
    .set({ status: 'pending', attempts: 0, runAt: sql`now()`, updatedAt: sql`now()` })
    .where(and(eq(jobs.id, id), eq(jobs.status, 'dead')))
    .returning();
  return revived;
}

/** Returns whether the job was dead (and is now pending again). */
export async function retryDeadJob(db: Db, id: number): Promise<boolean> {
  return (await reviveDeadJob(db, id)) !== undefined;
}
