import { sql, type SQL } from 'drizzle-orm';
import { compileSql, type CompiledQuery } from './compile-sql';
import type { Db } from './types';

type PreparingSession = { prepareQuery: (query: CompiledQuery, fields: undefined, name: undefined, arrayMode: boolean) => { execute: () => Promise<unknown> } };

/**
 * Runs a hand-written statement. It is rendered by compileSql and handed to the session as
 * drizzle's own execute() would (same driver call, same result parsing); what compileSql leaves
 * to drizzle goes through execute(). drizzle returns an array on postgres.js and { rows } on
 * PGlite; callers get rows either way.
 */
export async function queryRows<T = Record<string, unknown>>(db: Db, query: SQL): Promise<T[]> {
  const compiled = compileSql(query);
  const session = (db as unknown as { session: PreparingSession }).session;
  const result = (compiled ? await session.prepareQuery(compiled, undefined, undefined, false).execute() : await db.execute(query)) as unknown;
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}

/** A JSON document as a jsonb bind parameter of a hand-written statement; null and undefined are SQL NULL. */
export function jsonb(value: unknown): SQL {
  return value === null || value === undefined ? sql`null` : sql`${JSON.stringify(value)}::jsonb`;
}

export async function queryOne<T = Record<string, unknown>>(db: Db, query: SQL): Promise<T | undefined> {
  const rows = await queryRows<T>(db, query);
  return rows[0];
}
