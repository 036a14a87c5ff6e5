import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/types';
import { createUser } from '../bootstrap/users';
import { openTestDb } from '../testing/test-db';
import { MAX_FAILED_LOGINS, verifyLogin } from './login';

describe('login', () => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await openTestDb('pglite');
    await createUser(handle.db, { username: 'alice', password: 'correct horse', roles: ['clerk'] });
    await createUser(handle.db, { username: 'bob', password: 'correct horse', roles: ['clerk'] });
  });
  afterAll(() => handle?.close());

  it('accepts the right password and refuses a wrong one or an unknown user', async () => {
    expect(await verifyLogin(handle.db, 'alice', 'correct horse')).toMatchObject({ ok: true });
    expect(await verifyLogin(handle.db, 'alice', 'wrong')).toEqual({ ok: false, reason: 'invalid' });
    expect(await verifyLogin(handle.db, 'mallory', 'x')).toEqual({ ok: false, reason: 'invalid' });
  });

  it('locks a username after too many failures, even for the right password, without affecting others', async () => {
    for (let attempt = 0; attempt < MAX_FAILED_LOGINS; attempt += 1) await verifyLogin(handle.db, 'bob', `guess-${attempt}`);
    expect(await verifyLogin(handle.db, 'bob', 'correct horse')).toEqual({ ok: false, reason: 'rate_limited' });
    expect(await verifyLogin(handle.db, 'alice', 'correct horse')).toMatchObject({ ok: true });
  });
});
