import type { Db } from './types';

/**
 * Whether `db` can run a statement on another connection while a transaction is open elsewhere:
 * true for postgres.js (whose client is the sql tag function), false for PGlite, which has a
 * single connection.
 */
export function hasConnectionPool(db: Db): boolean {
  return typeof (db as unknown as { $client?: unknown }).$client === 'function';
}
