/**
 * Durable job queue: the workflow runtime's outbox and its timers (design §6).
 *
 * Decision: our own `jobs` table (drizzle/0002_jobs.sql) claimed with FOR UPDATE SKIP LOCKED — the
 * "documented equivalent" of design §2 — rather than pg-boss. Checked before choosing:
 * - pg-boss 11 and 12, the lines that ship PGlite and drizzle adapters (fromPglite, fromDrizzle),
 *   require Node ≥ 22; this app supports Node ≥ 20.9 and runs on 20.
 * - pg-boss 10.4 (Node ≥ 20) does run on PGlite through a hand-written `executeSql`, and a job can be
 *   sent inside our drizzle transaction. On postgres.js it runs only behind a shim that mimics
 *   node-postgres: undefined → null, objects → JSON text, and its BEGIN … COMMIT blocks routed to a
 *   reserved connection in simple-protocol mode, because postgres.js refuses BEGIN on a pool
 *   (UNSAFE_TRANSACTION). That shim would have to stay right for every query pg-boss writes.
 * - It keeps its own `pgboss` schema outside our migrations, which takes ~5.5 s to create on PGlite.
 *   In v10, listing dead letters means reading its internal tables. One worker measured 400 jobs/s
 *   (batch 200), held back by its minimum polling interval.
 * A table of our own runs the same way on both drivers. Enqueueing is an INSERT in the caller's
 * transaction. The migration and schema are drizzle's, like the rest of the system schema.
 * Revisit when the app moves to Node 22.
 *
 * Guarantees: a job whose transaction rolled back does not exist; one key per queue, ever (kept as
 * `done`); a handler that succeeded is not run again. The worker fences its writes with the attempt
 * number. A worker that dies mid-job loses it only after its lease lapses; the sweep then makes it
 * due again. Delivery is at least once across a crash between a handler's success and its `done`
 * write, so handlers with outside effects pass the job key on (e.g. as a webhook's idempotency key).
 */
export { enqueue, enqueueMany, cancelJob, type NewJob } from './enqueue-job';
export { listDeadJobs, retryDeadJob } from './dead-jobs';
export { sweepJobs, type JobRecord } from './job-leases';
export { startWorker, type JobHandler, type JobWorker, type WorkerOptions } from './worker';
