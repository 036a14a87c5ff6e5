import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import * as jobsRoute from '@/app/api/v1/admin/jobs/route';
import * as retryRoute from '@/app/api/v1/admin/jobs/[id]/retry/route';
import { jobs } from '@/server/db/schema';
import type { DbHandle } from '@/server/db/types';
import { createApiKey } from '@/server/auth/api-keys';
import { createUser } from '@/server/bootstrap/users';
import { enqueue, startWorker } from '@/server/jobs';
import { getJob } from '@/server/jobs/dead-jobs';
import { PAYLOAD_PREVIEW_CHARS } from '@/server/services/admin-jobs';
import { callRoute, serveRoutesFrom } from '@/server/testing/route-harness';
import { openTestDb, testDrivers } from '@/server/testing/test-db';

async function until(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe.each(testDrivers())('admin dead-letter API on %s', (driver) => {
  let handle: DbHandle;
  const keys: Record<string, string> = {};
  const list = (query: string, key = keys.admin) => callRoute(jobsRoute.GET, 'GET', `/api/v1/admin/jobs${query}`, { key });
  const retry = (id: string | number, key = keys.admin) => callRoute(retryRoute.POST, 'POST', `/api/v1/admin/jobs/${id}/retry`, { key, params: { id: String(id) } });

  beforeAll(async () => {
    handle = await openTestDb(driver);
    serveRoutesFrom(handle);
    for (const role of ['admin', 'clerk']) {
      await createUser(handle.db, { username: `jobs_${role}`, password: 'password1', roles: [role] });
      keys[role] = (await createApiKey(handle.db, { username: `jobs_${role}`, name: role })).key;
    }
    // Two jobs fail their only attempt in the real worker; a third waits in the future and stays pending.
    await enqueue(handle.db, { queue: 'test-hook', key: 'order-1', payload: { url: 'http://127.0.0.1:9/hook' }, maxAttempts: 1 });
    await enqueue(handle.db, { queue: 'test-mail', key: 'big', payload: { body: 'x'.repeat(PAYLOAD_PREVIEW_CHARS * 2) }, maxAttempts: 1 });
    await enqueue(handle.db, { queue: 'test-hook', key: 'later', payload: {}, runAt: new Date(Date.now() + 3_600_000) });
    const worker = startWorker(handle, {
      pollMs: 20,
      handlers: {
        'test-hook': async () => {
          throw new Error('connect ECONNREFUSED 127.0.0.1:9');
        },
        'test-mail': async () => {
          throw new Error('SMTP 554 rejected');
        },
      },
    });
    try {
      await until(async () => (await list('?status=dead')).json.data?.length === 2);
    } finally {
      await worker.stop();
    }
  });
  afterAll(() => handle?.close());

  it('answers 401 without credentials and 403 to a non-admin, in the error shape', async () => {
    const anonymous = await callRoute(jobsRoute.GET, 'GET', '/api/v1/admin/jobs?status=dead');
    expect(anonymous.status).toBe(401);
    expect(anonymous.json).toEqual({ error: { code: 'unauthorized', message: expect.any(String) } });
    for (const response of [await list('?status=dead', keys.clerk), await retry(1, keys.clerk)]) {
      expect(response.status).toBe(403);
      expect(response.json).toEqual({ error: { code: 'forbidden', message: expect.any(String) } });
    }
  });

  it('lists the dead jobs with their error, filtered by queue, a large payload trimmed', async () => {
    const all = await list('?status=dead');
    expect(all.status).toBe(200);
    expect(all.json).toMatchObject({ total: 2, queues: ['test-hook', 'test-mail'] });

    const hooks = await list('?status=dead&queue=test-hook');
    expect(hooks.json.total).toBe(1);
    expect(hooks.json.data).toEqual([
      {
        id: expect.any(Number),
        queue: 'test-hook',
        key: 'order-1',
        status: 'dead',
        attempts: 1,
        maxAttempts: 1,
        lastError: 'connect ECONNREFUSED 127.0.0.1:9',
        payload: { url: 'http://127.0.0.1:9/hook' },
        payloadTruncated: false,
        runAt: expect.any(String),
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      },
    ]);

    const [mail] = (await list('?queue=test-mail')).json.data;
    expect(mail).toMatchObject({ key: 'big', lastError: 'SMTP 554 rejected', payloadTruncated: true });
    expect(typeof mail.payload).toBe('string');
    expect(mail.payload.length).toBeLessThanOrEqual(PAYLOAD_PREVIEW_CHARS + 1);
    expect(mail.payload.startsWith('{"body":"xxx')).toBe(true);

    expect((await list('?status=dead&limit=1')).json.data).toHaveLength(1);
    expect((await list('?queue=nothing-here')).json).toEqual({ data: [], total: 0, queues: ['test-hook', 'test-mail'] });
  });

  it('refuses other statuses and bad limits with 422', async () => {
    for (const query of ['?status=done', '?limit=0', '?limit=abc', '?limit=100000']) {
      const response = await list(query);
      expect(response.status, query).toBe(422);
      expect(response.json.error.code).toBe('validation_failed');
    }
  });

  it('retries a dead job: 200 with the job pending again and due now, then 409 as it is no longer dead', async () => {
    const [dead] = (await list('?queue=test-hook')).json.data;
    const response = await retry(dead.id);
    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({ id: dead.id, key: 'order-1', status: 'pending', attempts: 0, maxAttempts: 1 });
    expect(new Date(response.json.runAt).getTime()).toBeLessThanOrEqual(Date.now() + 1000);
    expect(await getJob(handle.db, dead.id)).toMatchObject({ status: 'pending', attempts: 0 });
    expect((await list('?queue=test-hook')).json.data).toEqual([]);

    const again = await retry(dead.id);
    expect(again.status).toBe(409);
    expect(again.json).toEqual({ error: { code: 'conflict', message: expect.any(String), details: { status: 'pending' } } });
  });

  it('answers 409 for a job that never died and 404 for ids that name no job', async () => {
    const [{ id: laterId }] = await handle.db.select({ id: jobs.id }).from(jobs).where(and(eq(jobs.queue, 'test-hook'), eq(jobs.key, 'later')));
    const notDead = await retry(laterId);
    expect(notDead.status).toBe(409);
    expect(notDead.json.error.code).toBe('conflict');

    for (const id of ['999999999', 'abc', '-1', '0', '1.5', '99999999999999999999999']) {
      const response = await retry(id);
      expect(response.status, id).toBe(404);
      expect(response.json.error.code).toBe('not_found');
    }
  });
});
