import { sql, type SQL } from 'drizzle-orm';
import type { ConversionCheck, FieldConversion } from '@/engine/metadata/evolution';
import { queryOne } from '../db/sql';
import type { Db } from '../db/types';
import { columnTypeName } from './column-types';
import { column, entityTable } from './table-names';

/**
 * The value formats the record service accepts, as PostgreSQL regular expressions: a stored
 * value converts when it would have been accepted as a value of the new type.
 */
const NUMBER_TEXT = '^[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)$';
const ISO_DATE = '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$';
const EMAIL = '^[^[:space:]@]+@[^[:space:]@.]+([.][^[:space:]@.]+)+$';
const PHONE = '^[+]?[0-9(][0-9 ()-]{2,30}$';
const MAX_EMAIL_LENGTH = 254;
const MAX_EXAMPLE_LENGTH = 60;

type Storage = 'text' | 'text_array' | 'number' | 'date' | 'other';

function storageOf(typeName: string): Storage {
  if (typeName === 'text') return 'text';
  if (typeName === 'text[]') return 'text_array';
  if (typeName === 'bigint' || typeName.startsWith('numeric')) return 'number';
  if (typeName === 'date') return 'date';
  return 'other';
}

/** True where the number does not fit the target without losing a digit. */
function numberDoesNotFit(value: SQL, check: Extract<ConversionCheck, { kind: 'number' }>): SQL {
  if (check.integer) return sql`(${value} <> trunc(${value}) or abs(${value}) > 9223372036854775807)`;
  const rounded = sql`round(${value}, ${check.scale}::integer)`;
  return sql`(${value} <> ${rounded} or abs(${rounded}) >= power(10::numeric, ${check.precision - check.scale}::integer))`;
}

/** Conditions are written so no cast can fail: CASE evaluates a cast only once its shape is known good. */
function failsCheck(col: SQL, storage: Storage, check: ConversionCheck): SQL {
  const trimmed = sql`btrim(${col})`;
  switch (check.kind) {
    case 'number':
      if (storage === 'number') return numberDoesNotFit(sql`${col}::numeric`, check);
      return sql`(case when ${trimmed} ~ ${NUMBER_TEXT} then ${numberDoesNotFit(sql`${trimmed}::numeric`, check)} else true end)`;
    case 'date': {
      const part = (from: number, length: number) => sql`substr(${trimmed}, ${from}::integer, ${length}::integer)::integer`;
      const lastDay = sql`extract(day from make_date(${part(1, 4)}, ${part(6, 2)}, 1) + interval '1 month - 1 day')`;
      // Nested, not AND-ed: AND may evaluate the casts before the shape test.
      return sql`(case when ${trimmed} ~ ${ISO_DATE} then (case when ${part(1, 4)} > 0 then ${part(9, 2)} > ${lastDay} else true end) else true end)`;
    }
    case 'max_length':
      return sql`char_length(${col}) > ${check.max}::integer`;
    case 'email':
      return sql`(char_length(${col}) > ${MAX_EMAIL_LENGTH}::integer or ${col} !~ ${EMAIL})`;
    case 'phone':
      return sql`(${col} !~ ${PHONE} or char_length(regexp_replace(${col}, '[^0-9]', '', 'g')) < 3)`;
    case 'options': {
      const allowed = check.values.length ? sql.join(check.values.map((value) => sql`${value}`), sql`, `) : sql`null`;
      if (storage === 'text_array') return sql`exists (select 1 from unnest(${col}) as element(value) where element.value not in (${allowed}))`;
      return sql`${col} not in (${allowed})`;
    }
    case 'single_value':
      return sql`cardinality(${col}) > 1`;
  }
}

/** Empty values are no values: they convert to null whatever the new type. */
function hasValue(col: SQL, storage: Storage): SQL {
  if (storage === 'text') return sql`btrim(${col}) <> ''`;
  if (storage === 'text_array') return sql`cardinality(${col}) > 0`;
  return sql`${col} is not null`;
}

export type Unconvertible = { field: string; count: number; examples: string[] };

/** How many stored values fail the conversion's checks, with a few of them to show; null when none do. */
export async function findUnconvertible(db: Db, entityKey: string, conversion: FieldConversion): Promise<Unconvertible | null> {
  if (conversion.checks.length === 0) return null;
  const col = column(conversion.fieldId);
  const storage = storageOf(columnTypeName(conversion.from));
  const fails = sql.join(conversion.checks.map((check) => failsCheck(col, storage, check)), sql` or `);
  const shown = storage === 'text' ? col : storage === 'text_array' ? sql`array_to_string(${col}, ', ')` : sql`${col}::text`;
  const row = await queryOne<{ total: number | string; examples: string | null }>(
    db,
    sql`with bad as (select ${shown} as value from ${entityTable(entityKey)} where ${hasValue(col, storage)} and (${fails}))
        select (select count(*) from bad) as total,
               (select json_agg(value)::text from (select distinct value from bad order by value limit 3) sample) as examples`,
  );
  const count = Number(row?.total ?? 0);
  if (count === 0) return null;
  const examples = (JSON.parse(row?.examples ?? '[]') as string[]).map((value) =>
    value.length > MAX_EXAMPLE_LENGTH ? `${value.slice(0, MAX_EXAMPLE_LENGTH)}…` : value,
  );
  return { field: conversion.fieldId, count, examples };
}

/** A time zone name inlined into DDL (which takes no parameters), so only a plain name passes. */
function timeZoneLiteral(timeZone: string): SQL {
  if (!/^[A-Za-z][A-Za-z0-9_/+-]{0,63}$/.test(timeZone)) throw new Error(`refusing time zone "${timeZone}"`);
  return sql.raw(`'${timeZone}'`);
}

/** Whether the column's type changes at all; a conversion may only add conditions on the same type. */
export function changesColumnType(conversion: FieldConversion): boolean {
  return columnTypeName(conversion.from) !== columnTypeName(conversion.to);
}

/**
 * How each stored value becomes a value of the new type. Blank text becomes null; a date becomes
 * midnight of that day in the business time zone.
 */
export function conversionExpression(conversion: FieldConversion, timeZone: string): SQL {
  const col = column(conversion.fieldId);
  const from = storageOf(columnTypeName(conversion.from));
  const toName = columnTypeName(conversion.to);
  const to = sql.raw(toName);
  const toStorage = storageOf(toName);
  if (from === 'text' && toStorage === 'number') return sql`nullif(btrim(${col}), '')::numeric::${to}`;
  if (from === 'text' && toStorage === 'date') return sql`nullif(btrim(${col}), '')::date`;
  if (from === 'text' && toStorage === 'text_array') return sql`case when btrim(${col}) = '' or ${col} is null then null else array[${col}] end`;
  if (from === 'text_array' && toStorage === 'text') return sql`${col}[1]`;
  if (from === 'number' && toStorage === 'number') return sql`${col}::${to}`;
  if (from === 'date' && toName === 'timestamptz') return sql`${col}::timestamp at time zone ${timeZoneLiteral(timeZone)}`;
  throw new Error(`no conversion from ${columnTypeName(conversion.from)} to ${toName}`);
}
