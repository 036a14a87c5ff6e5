import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { connect } from '../db/connect';
import { migrateHandle, migrateUrl } from '../db/migrate';
import type { DbHandle } from '../db/types';
import { ensureDefaultRoles } from '../bootstrap/users';

export type TestDriver = 'pglite' | 'postgres';

/** PGlite always; real PostgreSQL as well when TEST_DATABASE_URL names a server to borrow. */
export function testDrivers(): TestDriver[] {
  return process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

/** A migrated, empty database of its own: in-memory PGlite, or a throwaway PostgreSQL database. */
export async function openTestDb(driver: TestDriver, options: { poolSize?: number } = {}): Promise<DbHandle> {
  if (driver === 'pglite') {
    const handle = await connect({ dataDir: 'memory' });
    await migrateHandle(handle);
    await ensureDefaultRoles(handle.db);
    return handle;
  }
  const adminUrl = process.env.TEST_DATABASE_URL!;
  const name = `lc_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  await migrateUrl(url.toString());
  const handle = await connect({ url: url.toString(), poolSize: options.poolSize ?? 10 });
  await ensureDefaultRoles(handle.db);
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}
