import { sql } from 'drizzle-orm';
import type { EntityDef } from '@/engine/metadata/entity';
import { activeFields } from '@/engine/metadata/entity';
import { autoNumberScope, formatAutoNumber, type DateParts } from '@/engine/records/auto-number';
import { queryOne } from '../db/sql';
import type { Db } from '../db/types';

/** Dates in auto numbers follow the business's calendar, not the server's. */
const BUSINESS_TIME_ZONE = process.env.APP_TIME_ZONE ?? 'Asia/Shanghai';

const calendar = new Intl.DateTimeFormat('en-CA', { timeZone: BUSINESS_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

export function businessDateParts(now = new Date()): DateParts {
  const parts = calendar.formatToParts(now);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day') };
}

/**
 * Numbers for `count` new records: the counter moves once by `count` per auto-number field, not
 * once per record. Fewer round trips, and one new version of the counter row instead of `count`,
 * which matters under a long import transaction: it keeps old versions from being pruned, and
 * every later update of the row would walk past them. Numbers are distinct and increasing, in the
 * order of the records, with gaps where a create failed.
 */
export async function reserveAutoNumbers(db: Db, entity: EntityDef, count: number): Promise<Array<Record<string, string>>> {
  const numbers = Array.from({ length: count }, () => ({}) as Record<string, string>);
  if (count === 0) return numbers;
  const parts = businessDateParts();
  for (const field of activeFields(entity)) {
    if (field.type !== 'auto_number') continue;
    const scope = `${entity.key}.${field.id}.${autoNumberScope(field.pattern, parts)}`;
    const row = await queryOne<{ value: string | number }>(
      db,
      sql`insert into sequences (scope, value) values (${scope}, ${count})
          on conflict (scope) do update set value = sequences.value + ${count} returning value`,
    );
    const first = Number(row!.value) - count + 1;
    numbers.forEach((record, index) => (record[field.id] = formatAutoNumber(field.pattern, parts, first + index)));
  }
  return numbers;
}

/**
 * Assigns every auto-number field. Called outside the record's transaction so the counter row is
 * locked only for this statement.
 */
export async function assignAutoNumbers(db: Db, entity: EntityDef, values: Record<string, unknown>): Promise<void> {
  Object.assign(values, (await reserveAutoNumbers(db, entity, 1))[0]);
}
