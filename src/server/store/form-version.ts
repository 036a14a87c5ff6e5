import { sql } from 'drizzle-orm';
import { queryOne } from '../db/sql';
import type { Db } from '../db/types';
import { entityTable } from './table-names';

/** Tables created before records remembered their form version get the column on their next publish. */
export async function ensureFormVersionColumn(db: Db, entityKey: string): Promise<void> {
  const found = await queryOne(
    db,
    sql`select 1 as found from pg_attribute where attrelid = to_regclass(${`e_${entityKey}`}) and attname = 'form_version' and not attisdropped`,
  );
  if (!found) await db.execute(sql`alter table ${entityTable(entityKey)} add column if not exists form_version integer`);
}

/**
 * Records written from now on carry this form version. It is the column's default, so inserts
 * and updates stamp it without an extra query, and it changes in the publishing transaction.
 */
export async function setFormVersion(db: Db, entityKey: string, version: number): Promise<void> {
  if (!Number.isSafeInteger(version) || version < 0) throw new Error(`invalid form version ${version}`);
  await db.execute(sql`alter table ${entityTable(entityKey)} alter column form_version set default ${sql.raw(String(version))}`);
}
