import { connect } from './connect';
import { ensureReady } from '../bootstrap/ensure-ready';
import type { Db, DbHandle } from './types';

const cache = globalThis as unknown as { __appDb?: Promise<DbHandle> };

/**
 * The process-wide database: cached on globalThis so hot reloads reuse one pool (and PGlite, which
 * allows one opener of its data folder). The first caller migrates and bootstraps.
 */
export function getDbHandle(): Promise<DbHandle> {
  cache.__appDb ??= (async () => {
    const url = process.env.DATABASE_URL || undefined;
    const handle = await connect({ url });
    await ensureReady(handle, { url, demo: process.env.DEMO !== '0', demoContent: process.env.DEMO_CONTENT !== '0', log: (line) => console.log(line) });
    return handle;
  })().catch((error) => {
    cache.__appDb = undefined;
    throw error;
  });
  return cache.__appDb;
}

export async function getDb(): Promise<Db> {
  return (await getDbHandle()).db;
}
