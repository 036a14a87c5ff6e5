import type { SQL } from 'drizzle-orm';
import type { Db } from './types';

/** drizzle's execute() returns an array on postgres.js and { rows } on PGlite; callers get rows either way. */
export async function queryRows<T = Record<string, unknown>>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown;
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}

export async function queryOne<T = Record<string, unknown>>(db: Db, query: SQL): Promise<T | undefined> {
  const rows = await queryRows<T>(db, query);
  return rows[0];
}
