import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryOne } from '../db/sql';
import type { DbHandle } from '../db/types';
import { testActor } from '../testing/test-actors';
import { openTestDb, testDrivers } from '../testing/test-db';
import { loadDirectory } from './load-directory';

const token = async (handle: DbHandle) => (await queryOne<{ token: string }>(handle.db, sql`select token from directory_version`))!.token;

// The directory is kept under directory_version's token; every change to users, roles or
// memberships moves the token in its own transaction, so a kept directory is never stale.
describe.each(testDrivers())('directory kept by token on %s', (driver) => {
  let handle: DbHandle;
  let other: DbHandle;

  beforeAll(async () => {
    [handle, other] = await Promise.all([openTestDb(driver), openTestDb(driver)]);
  });
  afterAll(async () => {
    await handle?.close();
    await other?.close();
  });

  it('sees a new member, a renamed user and a removed role as soon as they commit', async () => {
    const buyer = await testActor(handle.db, ['clerk']);
    expect((await loadDirectory(handle.db)).usersWithRole('purchasing')).not.toContain(buyer.id);

    const before = await token(handle);
    await handle.db.execute(sql`insert into memberships (user_id, role_key) values (${buyer.id}, 'purchasing')`);
    expect(await token(handle)).not.toBe(before);
    expect((await loadDirectory(handle.db)).usersWithRole('purchasing')).toContain(buyer.id);

    await handle.db.execute(sql`update users set display_name = 'Renamed Buyer' where id = ${buyer.id}`);
    expect((await loadDirectory(handle.db)).nameOf(buyer.id)).toBe('Renamed Buyer');

    await handle.db.execute(sql`delete from memberships where user_id = ${buyer.id} and role_key = 'purchasing'`);
    expect((await loadDirectory(handle.db)).rolesOf(buyer.id)).not.toContain('purchasing');
  });

  it('answers from the kept directory while the token stands, and never keeps a rolled-back change', async () => {
    const clerk = await testActor(handle.db, ['clerk']);
    const first = await loadDirectory(handle.db);
    expect(await loadDirectory(handle.db)).toBe(first);
    expect(await loadDirectory(handle.db, await token(handle))).toBe(first);

    await handle.db
      .transaction(async (tx) => {
        await tx.execute(sql`update users set display_name = 'Never Committed' where id = ${clerk.id}`);
        expect((await loadDirectory(tx)).nameOf(clerk.id)).toBe('Never Committed');
        throw new Error('roll back');
      })
      .catch(() => undefined);
    expect((await loadDirectory(handle.db)).nameOf(clerk.id)).not.toBe('Never Committed');
  });

  it('keeps two databases in one process apart', async () => {
    const here = await testActor(handle.db, ['finance']);
    const there = await testActor(other.db, ['finance']);
    expect((await loadDirectory(handle.db)).has(there.id)).toBe(false);
    expect((await loadDirectory(other.db)).has(here.id)).toBe(false);
    expect((await loadDirectory(other.db)).usersWithRole('finance')).toContain(there.id);
  });
});
