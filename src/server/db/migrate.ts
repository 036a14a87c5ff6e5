import path from 'node:path';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import postgres from 'postgres';
import { sql } from 'drizzle-orm';
import { ENSURE_ENTITY_COLUMNS } from './entity-columns';
import type { DbHandle } from './types';

const migrationsFolder = path.join(process.cwd(), 'drizzle');
/** Any constant shared by every process of this app; two starting at once take turns on it. */
const MIGRATION_LOCK = 727_001;

export async function migrateHandle(handle: DbHandle): Promise<void> {
  if (handle.driver === 'pglite') {
    await migratePglite(handle.db as unknown as PgliteDatabase, { migrationsFolder });
    await handle.db.execute(sql.raw(ENSURE_ENTITY_COLUMNS));
  }
}

/** Migrates the database at url on one dedicated connection holding an advisory lock. */
export async function migrateUrl(url: string): Promise<void> {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await client`select pg_advisory_lock(${MIGRATION_LOCK})`;
    await migratePostgres(drizzlePostgres({ client }), { migrationsFolder });
    await client.unsafe(ENSURE_ENTITY_COLUMNS);
    await client`select pg_advisory_unlock(${MIGRATION_LOCK})`;
  } finally {
    await client.end({ timeout: 5 });
  }
}
