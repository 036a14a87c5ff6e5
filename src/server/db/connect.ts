import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { lockDataDir } from './pglite-lock';
import * as schema from './schema';
import type { Db, DbHandle } from './types';

/**
 * The embedded database lives inside the app's process and WASM memory never shrinks; PostgreSQL's
 * default 128 MB buffer pool would be most of the app's footprint for no gain at demo scale.
 */
const EMBEDDED_SETTINGS = ['shared_buffers = 32MB', 'work_mem = 8MB'];

export type ConnectOptions = { url?: string; dataDir?: string; poolSize?: number };

/** postgres.js when a URL is given, else PGlite: persisted under dataDir, or in memory when that is 'memory'. */
export async function connect(options: ConnectOptions = {}): Promise<DbHandle> {
  if (options.url) {
    const client = postgres(options.url, {
      max: options.poolSize ?? 10,
      onnotice: () => {},
      // Bounds how long a request may queue behind a row lock instead of hanging.
      connection: { lock_timeout: 5000, statement_timeout: 30000 },
    });
    const db = drizzlePostgres({ client: preparingClient(client), schema }) as unknown as Db;
    return { db, driver: 'postgres', close: () => client.end({ timeout: 5 }) };
  }
  const dataDir = options.dataDir ?? defaultDataDir();
  if (dataDir === 'memory') {
    const client = new PGlite();
    return { db: drizzlePglite({ client, schema }) as unknown as Db, driver: 'pglite', close: () => client.close() };
  }
  mkdirSync(dataDir, { recursive: true });
  const unlock = lockDataDir(dataDir);
  const client = new PGlite(dataDir, { postgresqlconf: EMBEDDED_SETTINGS });
  await client.waitReady;
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  return {
    db,
    driver: 'pglite',
    close: async () => {
      await client.close();
      unlock();
    },
  };
}

type SqlClient = ReturnType<typeof postgres>;

/**
 * drizzle asks postgres.js for unnamed statements, which cost two round trips each (describe, then
 * execute). Named statements are described once per connection and then run in one round trip,
 * which roughly halves the round trips of a write. Transactions get the same treatment.
 */
function preparingClient<T extends SqlClient>(client: T): T {
  return new Proxy(client, {
    get(target, property, receiver) {
      if (property === 'unsafe') {
        return (query: string, params?: unknown[], options?: Record<string, unknown>) =>
          target.unsafe(query, params as never, { ...options, prepare: true });
      }
      if (property === 'begin') {
        return (...args: unknown[]) => {
          const callback = args[args.length - 1] as (tx: SqlClient) => unknown;
          return (target.begin as (...inner: unknown[]) => unknown)(...args.slice(0, -1), (tx: SqlClient) => callback(preparingClient(tx)));
        };
      }
      if (property === 'savepoint') {
        return (...args: unknown[]) => {
          const callback = args[args.length - 1] as (tx: SqlClient) => unknown;
          return ((target as unknown as { savepoint: (...inner: unknown[]) => unknown }).savepoint)(...args.slice(0, -1), (tx: SqlClient) => callback(preparingClient(tx)));
        };
      }
      return Reflect.get(target, property, receiver);
    },
  });
}

export function defaultDataDir(): string {
  return process.env.PGLITE_DIR ?? path.join(process.cwd(), '.data', 'pglite');
}
