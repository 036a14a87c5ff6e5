import { sql } from 'drizzle-orm';
import type { EntityDef } from '@/engine/metadata/entity';
import type { RecordDto } from '@/engine/contract/api-types';
import { queryRows } from '../db/sql';
import type { Db } from '../db/types';
import { multiRowInsert } from './multi-row-insert';
import { recordSelectList, rowToRecord, writableFields } from './record-row';
import type { StoredValues } from './records';

/** PostgreSQL takes at most 65,535 bind parameters per statement; stay well below it. */
const MAX_PARAMETERS = 30_000;

/** How many records one multi-row statement may carry for this entity. */
export function rowsPerStatement(entity: EntityDef, wanted: number): number {
  const perRow = writableFields(entity).length + 2;
  return Math.max(1, Math.min(wanted, Math.floor(MAX_PARAMETERS / perRow)));
}

/** Inserts many records of a plain (non line-item) entity with one statement per chunk and returns them as stored. */
export async function bulkInsertRecords(db: Db, entity: EntityDef, records: StoredValues[], meta: { actorId: string | null }): Promise<RecordDto[]> {
  const system = { names: [sql`created_by`], values: () => [meta.actorId] };
  const stored: RecordDto[] = [];
  const chunk = rowsPerStatement(entity, records.length);
  for (let start = 0; start < records.length; start += chunk) {
    const rows = await queryRows(db, sql`${multiRowInsert(entity, system, records.slice(start, start + chunk))} returning ${recordSelectList(entity)}`);
    stored.push(...rows.map((row) => rowToRecord(entity, row)));
  }
  return stored;
}
