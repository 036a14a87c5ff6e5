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
 * Assigns every auto-number field. Called outside the record's transaction so the counter row is
 * locked only for this statement; numbers are distinct and increasing, with gaps where a create failed.
 */
export async function assignAutoNumbers(db: Db, entity: EntityDef, values: Record<string, unknown>): Promise<void> {
  const parts = businessDateParts();
  for (const field of activeFields(entity)) {
    if (field.type !== 'auto_number') continue;
    const scope = `${entity.key}.${field.id}.${autoNumberScope(field.pattern, parts)}`;
    const row = await queryOne<{ value: string | number }>(
      db,
      sql`insert into sequences (scope, value) values (${scope}, 1)
          on conflict (scope) do update set value = sequences.value + 1 returning value`,
    );
    values[field.id] = formatAutoNumber(field.pattern, parts, Number(row!.value));
  }
}
