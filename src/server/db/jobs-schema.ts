import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * The durable job queue (src/server/jobs): outbox effects and timers. A job's key is unique per queue
 * so a retried business transaction enqueues nothing twice; finished jobs stay as `done` to keep it so.
 */
export const jobs = pgTable(
  'jobs',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    queue: text('queue').notNull(),
    key: text('key').notNull(),
    payload: jsonb('payload').notNull(),
    runAt: timestamp('run_at', { withTimezone: true }).notNull().defaultNow(),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull().default(5),
    status: text('status', { enum: ['pending', 'running', 'done', 'dead'] }).notNull().default('pending'),
    lastError: text('last_error'),
    /** While running: the worker's lease; past it, the sweep hands the job to another worker. */
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('jobs_queue_key').on(t.queue, t.key),
    index('jobs_status_run_at').on(t.status, t.runAt),
    check('jobs_status', sql`${t.status} in ('pending', 'running', 'done', 'dead')`),
  ],
);
