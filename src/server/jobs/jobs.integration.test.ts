import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { jobs } from '../db/schema';
import type { DbHandle } from '../db/types';
import { openTestDb, testDrivers } from '../testing/test-db';
import { cancelJob, enqueue, enqueueMany, listDeadJobs, retryDeadJob, startWorker, type JobHandler, type JobWorker } from './index';
import { claimJobs, completeJobs, sweepJobs } from './job-leases';

async function until(check: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const fast = { pollMs: 20, backoffBaseMs: 50, sweepMs: 50 };

describe.each(testDrivers())('job queue on %s', (driver) => {
  let handle: DbHandle;
  const workers: JobWorker[] = [];
  const worker = (handlers: Record<string, JobHandler<never>>, options: Partial<Parameters<typeof startWorker>[1]> = {}) => {
    const started = startWorker(handle, { handlers, ...fast, ...options });
    workers.push(started);
    return started;
  };
  const jobOf = async (queue: string, key: string) => (await handle.db.select().from(jobs).where(and(eq(jobs.queue, queue), eq(jobs.key, key))))[0];

  beforeAll(async () => {
    handle = await openTestDb(driver, { poolSize: 16 });
  });
  afterEach(async () => {
    await Promise.all(workers.splice(0).map((w) => w.stop()));
  });
  afterAll(() => handle?.close());

  it('writes a job only when the enqueueing transaction commits', async () => {
    await expect(
      handle.db.transaction(async (tx) => {
        await enqueue(tx, { queue: 'tx', key: 'rolled-back', payload: { n: 1 } });
        throw new Error('business rule failed');
      }),
    ).rejects.toThrow('business rule failed');
    await handle.db.transaction((tx) => enqueue(tx, { queue: 'tx', key: 'committed', payload: { n: 2 } }));
    expect(await jobOf('tx', 'rolled-back')).toBeUndefined();
    expect(await jobOf('tx', 'committed')).toMatchObject({ status: 'pending', payload: { n: 2 }, attempts: 0, maxAttempts: 5 });
  });

  it('ignores a key already taken in its queue, and cancel frees a pending one', async () => {
    expect(await enqueue(handle.db, { queue: 'dup', key: 'k', payload: { v: 1 } })).toBe(true);
    expect(await enqueue(handle.db, { queue: 'dup', key: 'k', payload: { v: 2 } })).toBe(false);
    expect(await enqueue(handle.db, { queue: 'dup-other', key: 'k', payload: { v: 3 } })).toBe(true);
    expect(await enqueueMany(handle.db, [{ queue: 'dup', key: 'k', payload: {} }, { queue: 'dup', key: 'k2', payload: {} }])).toBe(1);
    expect((await jobOf('dup', 'k')).payload).toEqual({ v: 1 });

    expect(await cancelJob(handle.db, 'dup', 'k')).toBe(true);
    expect(await cancelJob(handle.db, 'dup', 'k')).toBe(false);
    expect(await enqueue(handle.db, { queue: 'dup', key: 'k', payload: { v: 4 } })).toBe(true);
  });

  it('retries a failing job with growing delays until it succeeds', async () => {
    const calls: number[] = [];
    await enqueue(handle.db, { queue: 'flaky', key: 'once', payload: { to: 'x' } });
    worker({
      flaky: async (payload: { to: string }) => {
        calls.push(Date.now());
        expect(payload).toEqual({ to: 'x' });
        if (calls.length < 3) throw new Error(`down ${calls.length}`);
      },
    });
    await until(async () => (await jobOf('flaky', 'once')).status === 'done');
    expect(calls).toHaveLength(3);
    expect(calls[1] - calls[0]).toBeGreaterThanOrEqual(45);
    expect(calls[2] - calls[1]).toBeGreaterThanOrEqual(95);
    expect(await jobOf('flaky', 'once')).toMatchObject({ attempts: 3, lastError: null, lockedUntil: null });
  });

  it('moves a job to the dead letters after its last attempt and runs it again on retry', async () => {
    let healthy = false;
    let calls = 0;
    await enqueue(handle.db, { queue: 'hook', key: 'order-1', payload: {}, maxAttempts: 2 });
    worker({
      hook: async () => {
        calls += 1;
        if (!healthy) throw new Error('HTTP 503');
      },
    });
    await until(async () => (await jobOf('hook', 'order-1')).status === 'dead');
    expect(calls).toBe(2);
    const dead = await listDeadJobs(handle.db, { queue: 'hook' });
    expect(dead).toMatchObject([{ key: 'order-1', attempts: 2, lastError: 'HTTP 503' }]);

    healthy = true;
    expect(await retryDeadJob(handle.db, dead[0].id)).toBe(true);
    expect(await retryDeadJob(handle.db, dead[0].id)).toBe(false);
    await until(async () => (await jobOf('hook', 'order-1')).status === 'done');
    expect(calls).toBe(3);
    expect(await listDeadJobs(handle.db, { queue: 'hook' })).toEqual([]);
  });

  it('fires a timer at its time, not before', async () => {
    let firedAt = 0;
    const due = Date.now() + 400;
    await enqueue(handle.db, { queue: 'timer', key: 't', payload: {}, runAt: new Date(due) });
    worker({ timer: async () => void (firedAt = Date.now()) });
    await until(() => firedAt > 0);
    expect(firedAt).toBeGreaterThanOrEqual(due - 5);
  });

  it('after a restart runs every overdue job exactly once, including one whose worker died', async () => {
    // The server was down: a timer fell due, a job was mid-run when its process died, one had finished.
    await enqueue(handle.db, { queue: 'restart', key: 'overdue-timer', payload: {}, runAt: new Date(Date.now() - 60_000) });
    await enqueue(handle.db, { queue: 'restart', key: 'orphaned', payload: {} });
    await enqueue(handle.db, { queue: 'restart', key: 'finished', payload: {} });
    await enqueue(handle.db, { queue: 'restart', key: 'held-by-live-worker', payload: {} });
    const lapsed = sql`now() - interval '1 minute'`;
    await handle.db.update(jobs).set({ status: 'running', attempts: 1, lockedUntil: lapsed }).where(and(eq(jobs.queue, 'restart'), eq(jobs.key, 'orphaned')));
    await handle.db.update(jobs).set({ status: 'done', attempts: 1 }).where(and(eq(jobs.queue, 'restart'), eq(jobs.key, 'finished')));
    await handle.db
      .update(jobs)
      .set({ status: 'running', attempts: 1, lockedUntil: sql`now() + interval '1 hour'` })
      .where(and(eq(jobs.queue, 'restart'), eq(jobs.key, 'held-by-live-worker')));

    const runs = new Map<string, number>();
    worker({ restart: async (_payload, job) => void runs.set(job.key, (runs.get(job.key) ?? 0) + 1) }, { sweepMs: 30_000 });
    await until(() => runs.size >= 2);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(Object.fromEntries(runs)).toEqual({ 'overdue-timer': 1, orphaned: 1 });
    expect(await jobOf('restart', 'orphaned')).toMatchObject({ status: 'done', attempts: 2 });
  });

  it('renews the lease of a long handler so no other worker takes its job', async () => {
    let calls = 0;
    await enqueue(handle.db, { queue: 'slow', key: 's', payload: {} });
    const options = { leaseMs: 300, sweepMs: 50 };
    const slow = async () => {
      calls += 1;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    };
    worker({ slow }, options);
    worker({ slow }, options);
    await until(async () => (await jobOf('slow', 's')).status === 'done');
    expect(calls).toBe(1);
  });

  it('ignores the outcome from a worker whose lease lapsed and whose job was taken again', async () => {
    await enqueue(handle.db, { queue: 'fence', key: 'f', payload: {} });
    const [first] = await claimJobs(handle.db, ['fence'], 10, 0);
    expect(await sweepJobs(handle.db)).toBeGreaterThanOrEqual(1);
    const [second] = await claimJobs(handle.db, ['fence'], 10, 60_000);
    expect(second).toMatchObject({ id: first.id, attempts: 2 });
    await completeJobs(handle.db, [first]);
    expect(await jobOf('fence', 'f')).toMatchObject({ status: 'running', attempts: 2 });
    await completeJobs(handle.db, [second]);
    expect(await jobOf('fence', 'f')).toMatchObject({ status: 'done' });
  });

  it('runs each of 200 jobs exactly once with two workers racing', async () => {
    await enqueueMany(handle.db, Array.from({ length: 200 }, (_, i) => ({ queue: 'race', key: `r${i}`, payload: { i } })));
    const runs = new Map<number, number>();
    const byWorker = { a: 0, b: 0 };
    const handler = (name: 'a' | 'b') => async (payload: { i: number }) => {
      runs.set(payload.i, (runs.get(payload.i) ?? 0) + 1);
      byWorker[name] += 1;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 5));
    };
    const options = { batchSize: 5, concurrency: 8, pollMs: 5 };
    worker({ race: handler('a') }, options);
    worker({ race: handler('b') }, options);
    await until(async () => (await handle.db.select().from(jobs).where(and(eq(jobs.queue, 'race'), eq(jobs.status, 'done')))).length === 200);
    expect(runs.size).toBe(200);
    expect([...runs.values()].every((count) => count === 1)).toBe(true);
    // Both took part, so the claims really raced (on PostgreSQL over separate connections).
    expect(byWorker.a).toBeGreaterThan(0);
    expect(byWorker.b).toBeGreaterThan(0);
  });
});
