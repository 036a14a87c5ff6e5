import { sql, type SQL } from 'drizzle-orm';
import type { ColumnRef, PlannedAggregate, WidgetPlan } from '@/engine/dashboard';

/**
 * `count_groups` in two levels, as one writes it by hand: the records grouped by (grouping keys,
 * compared period, counted value) with count(*) in `g`, then the outer GROUP BY counts the rows of
 * `g` whose count qualifies. A window over every record instead sorted them all (on disk at 1M
 * orders) before counting. Each `g` row is one distinct value, so count(_v) is count(distinct).
 */
const G = sql.identifier('g');
const COUNTED = sql.identifier('_v');
const HOLDERS = sql.identifier('_n');

const aggregatesOf = (plan: WidgetPlan): PlannedAggregate[] =>
  plan.measures.flatMap((measure) => (measure.kind === 'aggregate' ? [measure.aggregate] : [measure.numerator, measure.denominator]));

/**
 * The field every aggregate counts, when the widget has a `count_groups` and each aggregate is a
 * `count_groups` or a `count_distinct` of that same field; otherwise null (other aggregates need
 * the records themselves, so such a widget keeps the window form).
 */
export function countedField(plan: WidgetPlan): ColumnRef | null {
  const aggregates = aggregatesOf(plan);
  const target = aggregates.find((aggregate) => aggregate.op === 'count_groups')?.ref;
  if (!target) return null;
  const same = (ref: ColumnRef | null) => ref !== null && ref.relation === target.relation && ref.column === target.column;
  return aggregates.every((aggregate) => (aggregate.op === 'count_groups' || aggregate.op === 'count_distinct') && same(aggregate.ref)) ? target : null;
}

/** `g`: one row per (keys, [_current, _previous], value) over the filtered records and their joins. */
export function countedGroupsSql(records: SQL, keys: SQL[], value: SQL, compared: boolean): SQL {
  const columns = [
    ...keys.map((key, index) => sql`${key} as ${groupedKey(index)}`),
    ...(compared ? [sql`${sql.identifier('r')}._current as _current`, sql`${sql.identifier('r')}._previous as _previous`] : []),
    sql`${value} as ${COUNTED}`,
  ];
  const positions = columns.map((_, index) => index + 1).join(', ');
  return sql`(select ${sql.join(columns, sql`, `)}, count(*) as ${HOLDERS} from ${records} group by ${sql.raw(positions)}) as ${G}`;
}

const groupedKey = (index: number): SQL => sql`${sql.identifier(`k${index}`)}`;

/** The outer query's reference to the index-th grouping key of `g`. */
export const groupedKeyRef = (index: number): SQL => sql`${G}.${groupedKey(index)}`;

export const groupedPeriod = (current: boolean): SQL => (current ? sql`${G}._current` : sql`${G}._previous`);

/** A `count_groups` or `count_distinct` of the counted field, over `g`; nulls are not values, as in count(distinct). */
export function groupedCountSql(aggregate: PlannedAggregate, period: SQL | null): SQL {
  const holders = sql`${G}.${HOLDERS}`;
  const conditions = period ? [period] : [];
  if (aggregate.op === 'count_groups') {
    conditions.push(sql`${holders} >= ${sql.raw(String(aggregate.having.min))}`);
    if (aggregate.having.max !== undefined) conditions.push(sql`${holders} <= ${sql.raw(String(aggregate.having.max))}`);
  }
  const filter = conditions.length ? sql` filter (where ${sql.join(conditions, sql` and `)})` : sql``;
  return sql`count(${G}.${COUNTED})${filter}`;
}
