import { and, desc, eq, sql } from 'drizzle-orm';
import { jobs } from '../db/schema';
import type { Db } from '../db/types';
import type { JobRecord } from './job-leases';

/** The dead-letter list for the admin: jobs that used up their attempts, latest first. */
export async function listDeadJobs(db: Db, options: { queue?: string; limit?: number } = {}): Promise<JobRecord[]> {
  const dead = eq(jobs.status, 'dead');
  return db
    .select()
    .from(jobs)
    .where(options.queue ? and(dead, eq(jobs.queue, options.queue)) : dead)
    .orderBy(desc(jobs.updatedAt))
    .limit(options.limit ?? 100);
}

/** Gives a dead job a fresh set of attempts, due now; its last error stays until the next run. Returns whether it was dead. */
export async function retryDeadJob(db: Db, id: number): Promise<boolean> {
  const revived = await db
    .update(jobs)
    .set({ status: 'pending', attempts: 0, runAt: sql`now()`, updatedAt: sql`now()` })
    .where(and(eq(jobs.id, id), eq(jobs.status, 'dead')))
    .returning({ id: jobs.id });
  return revived.length > 0;
}
