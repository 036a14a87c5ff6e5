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

export type ConnectOptions = {
  url?: string;
  dataDir?: string;
  poolSize?: number;
  /** Extra postgres.js settings, e.g. a pipeline depth (documented, missing from its types) for tests. */
  driverOptions?: postgres.Options<Record<string, postgres.PostgresType>> & { max_pipeline?: number };
};

/** postgres.js when a URL is given, else PGlite: persisted under dataDir, or in memory when that is 'memory'. */
export async function connect(options: ConnectOptions = {}): Promise<DbHandle> {
  if (options.url) {
    const client = postgres(options.url, {
      ...options.driverOptions,
      max: options.poolSize ?? 10,
      onnotice: () => {},
      // Timeouts bound how long a request may queue behind a row lock instead of hanging. JIT is
      // off: compiling costs more than it saves on these queries (measured on the 1M-order
      // dashboard: 330–450 ms of compiling in one 1.2 s widget query; order writes never gain).
      connection: { lock_timeout: 5000, statement_timeout: 30000, jit: 'off' },
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
type ReservedClient = Awaited<ReturnType<SqlClient['reserve']>>;
type Overrides = Record<string | symbol, unknown>;

/**
 * drizzle asks postgres.js for unnamed statements, which cost two round trips each (describe, then
 * execute). Named statements are described once per connection and then run in one round trip,
 * which roughly halves the round trips of a write.
 */
function preparing<T extends SqlClient>(client: T, overrides: Overrides = {}): T {
  return new Proxy(client, {
    get(target, property, receiver) {
      if (property === 'unsafe') {
        return (query: string, params?: unknown[], options?: Record<string, unknown>) =>
          target.unsafe(query, params as never, { ...options, prepare: true });
      }
      if (property in overrides) return overrides[property];
      return Reflect.get(target, property, receiver);
    },
  });
}

function preparingClient(client: SqlClient): SqlClient {
  return preparing(client, { begin: (...args: unknown[]) => runTransaction(client, args) });
}

const CONNECTION_LOST = new Set(['CONNECTION_CLOSED', 'CONNECTION_ENDED', 'CONNECTION_DESTROYED']);

/**
 * postgres.js's own `begin` may send BEGIN down a busy connection's pipeline and, when BEGIN is
 * the statement that fills it, skip marking the connection as the transaction's own
 * (porsager/postgres#1189): the request fails with UNSAFE_TRANSACTION and the backend is left
 * inside a transaction that other requests' statements then join. A connection reserved before
 * BEGIN is written is never shared, whatever the pipeline holds.
 */
async function runTransaction(pool: SqlClient, args: unknown[]): Promise<unknown> {
  const callback = args[args.length - 1] as (tx: SqlClient) => unknown;
  const mode = args.length > 1 ? String(args[0]).replace(/[^a-z ]/gi, '') : '';
  const reserved = await pool.reserve();
  let lost = false;
  try {
    // Not awaited: BEGIN leaves in the same write as the transaction's first statement, saving a
    // round trip. The connection is ours alone, so nothing can come between the two.
    const began = reserved.unsafe(`begin ${mode}`).execute();
    began.catch(() => {}); // awaited below; a failure must not count as unhandled before then
    let result: unknown;
    try {
      result = await callback(transactionClient(reserved));
      await began;
    } catch (error) {
      await began.catch(() => {});
      await reserved.unsafe('rollback').catch(() => {});
      throw error;
    }
    await reserved.unsafe('commit');
    return result;
  } catch (error) {
    lost = CONNECTION_LOST.has((error as { code?: string }).code ?? '');
    throw error;
  } finally {
    // A connection that dropped has already gone back to the pool's closed list.
    if (!lost) reserved.release();
  }
}

/** The transaction's client; drizzle's nested transactions arrive as `savepoint`. */
function transactionClient(reserved: ReservedClient): SqlClient {
  let savepoints = 0;
  const savepoint = async (...args: unknown[]) => {
    const callback = args[args.length - 1] as (tx: SqlClient) => unknown;
    const name = `s${savepoints++}`;
    // Not awaited, as BEGIN: SAVEPOINT leaves with the nested transaction's first statement.
    const opened = reserved.unsafe(`savepoint ${name}`).execute();
    // Its failure is read below; handled now, so it is never reported as unhandled meanwhile.
    const openedOk = opened.then(() => true, () => false);
    try {
      const result = await callback(client);
      await opened;
      await reserved.unsafe(`release savepoint ${name}`);
      return result;
    } catch (error) {
      // A SAVEPOINT that failed itself (the transaction was already aborted) leaves nothing to roll back to.
      if (await openedOk) await reserved.unsafe(`rollback to savepoint ${name}`);
      throw error;
    }
  };
  const client: SqlClient = preparing(reserved as unknown as SqlClient, { savepoint });
  return client;
}

export function defaultDataDir(): string {
  return process.env.PGLITE_DIR ?? path.join(process.cwd(), '.data', 'pglite');
}
