import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import * as usersRoute from '@/app/api/v1/admin/users/route';
import * as userRoute from '@/app/api/v1/admin/users/[id]/route';
import { users } from '@/server/db/schema';
import type { DbHandle } from '@/server/db/types';
import { createApiKey } from '@/server/auth/api-keys';
import { createUser } from '@/server/bootstrap/users';
import { createDemoUsers } from '@/server/bootstrap/demo';
import { callRoute, serveRoutesFrom } from '@/server/testing/route-harness';
import { openTestDb } from '@/server/testing/test-db';

describe('admin users API: e-mail addresses', () => {
  let handle: DbHandle;
  const keys: Record<string, string> = {};

  beforeAll(async () => {
    handle = await openTestDb('pglite');
    serveRoutesFrom(handle);
    // Demo users first: they are only created into an empty user table.
    await createDemoUsers(handle.db);
    for (const role of ['admin', 'clerk']) {
      await createUser(handle.db, { username: `users_${role}`, password: 'password1', roles: [role] });
      keys[role] = (await createApiKey(handle.db, { username: `users_${role}`, name: role })).key;
    }
  });
  afterAll(() => handle?.close());

  const emailOf = async (username: string) => (await handle.db.select({ email: users.email }).from(users).where(eq(users.username, username)))[0]?.email;

  it('creates a user with an e-mail address and lists it', async () => {
    const created = await callRoute(usersRoute.POST, 'POST', '/x', { key: keys.admin, body: { username: 'li.na', password: 'password1', roles: ['clerk'], email: ' Li.Na@Example.com ' } });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ username: 'li.na', email: 'li.na@example.com', roles: ['clerk'] });
    const listed = await callRoute(usersRoute.GET, 'GET', '/x', { key: keys.admin });
    expect(listed.json.data).toContainEqual(expect.objectContaining({ username: 'li.na', email: 'li.na@example.com' }));
    expect(listed.json.data).toContainEqual(expect.objectContaining({ username: 'users_clerk', email: null }));
  });

  it('gives the demo users addresses of their own', async () => {
    expect(await emailOf('clerk')).toBe('clerk@demo.local');
    expect(await emailOf('manager')).toBe('manager@demo.local');
  });

  it('refuses an invalid address with 422 naming the field, and writes nothing', async () => {
    const refused = await callRoute(usersRoute.POST, 'POST', '/x', { key: keys.admin, body: { username: 'bad.mail', password: 'password1', email: 'not-an-address' } });
    expect(refused.status).toBe(422);
    expect(refused.json.error).toMatchObject({ code: 'validation_failed', message: expect.stringContaining('email'), details: { problems: [expect.objectContaining({ path: 'email' })] } });
    expect(await handle.db.select().from(users).where(eq(users.username, 'bad.mail'))).toEqual([]);
  });

  it('updates, refuses and clears an address', async () => {
    const [{ id }] = await handle.db.select({ id: users.id }).from(users).where(eq(users.username, 'users_clerk'));
    const params = { id };
    const updated = await callRoute(userRoute.PATCH, 'PATCH', '/x', { key: keys.admin, params, body: { email: 'clerk.two@example.com' } });
    expect(updated.status).toBe(200);
    expect(updated.json).toMatchObject({ id, email: 'clerk.two@example.com', roles: ['clerk'] });

    const refused = await callRoute(userRoute.PATCH, 'PATCH', '/x', { key: keys.admin, params, body: { email: 'two@@example.com' } });
    expect(refused.status).toBe(422);
    expect(refused.json.error.details.problems).toEqual([expect.objectContaining({ path: 'email' })]);
    expect(await emailOf('users_clerk')).toBe('clerk.two@example.com');

    const cleared = await callRoute(userRoute.PATCH, 'PATCH', '/x', { key: keys.admin, params, body: { email: null } });
    expect(cleared.json.email).toBeNull();
    expect(await emailOf('users_clerk')).toBeNull();
  });

  it('answers 404 for an unknown user and 403 for a non-admin', async () => {
    const missing = await callRoute(userRoute.PATCH, 'PATCH', '/x', { key: keys.admin, params: { id: '00000000-0000-4000-8000-000000000000' }, body: { email: 'x@example.com' } });
    expect(missing.status).toBe(404);
    const forbidden = await callRoute(usersRoute.POST, 'POST', '/x', { key: keys.clerk, body: { username: 'sneaky', password: 'password1', email: 's@example.com' } });
    expect(forbidden.status).toBe(403);
    expect(forbidden.json.error.code).toBe('forbidden');
  });

  it('keeps malformed addresses out even when written past the API', async () => {
    await expect(handle.db.execute(sql`update users set email = 'no at sign' where username = 'users_clerk'`)).rejects.toThrow();
    expect(await emailOf('users_clerk')).toBeNull();
  });
});
