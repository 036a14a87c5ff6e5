import { sql, type SQL } from 'drizzle-orm';
import type { ColumnRef, PlannedAggregate, PlannedDimension, PlannedMeasure, WidgetPlan } from '@/engine/dashboard';
import { checkedKey, column, entityTable } from '../store/table-names';
import { countedField, countedGroupsSql, groupedCountSql, groupedKeyRef, groupedPeriod } from './count-groups-sql';
import { conditionSql, whereTerms } from './widget-conditions-sql';

/** The filtered records are `r`; a related record is joined as `j_<relation column>`. */
const BASE = sql.identifier('r');
const joinAlias = (relation: string): SQL => sql`${sql.identifier(`j_${checkedKey(relation)}`)}`;

function ref(target: ColumnRef): SQL {
  return target.relation ? sql`${joinAlias(target.relation)}.${column(target.column)}` : sql`${BASE}.${column(target.column)}`;
}

function dimensionSql(dimension: PlannedDimension, timeZone: string): SQL {
  const value = ref(dimension.ref);
  if (!dimension.truncate) return value;
  // A date-time is moved to the business zone's wall clock first, so a day (and a week from Monday) starts at local midnight.
  const local = dimension.valueType === 'datetime' ? sql`(${value} at time zone ${timeZone})` : sql`${value}::timestamp`;
  return sql`(date_trunc(${dimension.truncate}, ${local}))::date`;
}

/** Per `count_groups` target (`relation.column`): the window column counting, per record, the records of its group that share its value. */
type GroupCounts = Map<string, { alias: SQL; target: ColumnRef }>;
const targetKey = (target: ColumnRef) => `${target.relation ?? ''}.${target.column}`;

function aggregateSql(aggregate: PlannedAggregate, period: SQL | null, groupCounts: GroupCounts): SQL {
  const filter = period ? sql` filter (where ${period})` : sql``;
  const value = aggregate.ref ? ref(aggregate.ref) : null;
  switch (aggregate.op) {
    case 'count_groups': {
      const count = sql`${BASE}.${groupCounts.get(targetKey(aggregate.ref))!.alias}`;
      const max = aggregate.having.max === undefined ? sql`` : sql` and ${count} <= ${sql.raw(String(aggregate.having.max))}`;
      const having = sql`${count} >= ${sql.raw(String(aggregate.having.min))}${max}`;
      return sql`count(distinct ${value}) filter (where ${period ? sql`${period} and ` : sql``}${having})`;
    }
    case 'count':
      return value ? sql`count(${value})${filter}` : sql`count(*)${filter}`;
    case 'count_distinct':
      return sql`count(distinct ${value})${filter}`;
    case 'sum':
      // An empty sum is zero, written with the field's scale so money reads 0.00 like any other sum.
      return sql`coalesce(sum(${value})${filter}, round(0::numeric, ${sql.raw(String(aggregate.scale))}))`;
    case 'avg':
      return sql`round(avg(${value})${filter}, ${sql.raw(String(Math.max(aggregate.scale, 2)))})`;
    case 'min':
      return sql`min(${value})${filter}`;
    case 'max':
      return sql`max(${value})${filter}`;
  }
}

type Aggregator = (aggregate: PlannedAggregate, period: SQL | null) => SQL;

function measureSql(measure: PlannedMeasure, period: SQL | null, aggregate: Aggregator): SQL {
  if (measure.kind === 'aggregate') return aggregate(measure.aggregate, period);
  const numerator = aggregate(measure.numerator, period);
  const denominator = aggregate(measure.denominator, period);
  return sql`round((${numerator})::numeric / nullif((${denominator})::numeric, 0), ${sql.raw(String(measure.scale))})`;
}

/** Every value leaves the database as text, so numbers arrive exact (never through a float) on both drivers. */
function asText(value: SQL, datetime: boolean): SQL {
  return datetime ? sql`to_char(${value} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')` : sql`${value}::text`;
}

const isDatetimeMeasure = (measure: PlannedMeasure) =>
  measure.kind === 'aggregate' && measure.aggregate.valueType === 'datetime' && (measure.aggregate.op === 'min' || measure.aggregate.op === 'max');

function groupCountColumns(plan: WidgetPlan): GroupCounts {
  const counts: GroupCounts = new Map();
  for (const measure of plan.measures) {
    const aggregates = measure.kind === 'aggregate' ? [measure.aggregate] : [measure.numerator, measure.denominator];
    for (const aggregate of aggregates) {
      if (aggregate.op === 'count_groups' && !counts.has(targetKey(aggregate.ref))) {
        counts.set(targetKey(aggregate.ref), { alias: sql`${sql.identifier(`_g${counts.size}`)}`, target: aggregate.ref });
      }
    }
  }
  return counts;
}

/**
 * The filtered records `r` with their joins. In the window form (count_groups beside other
 * aggregates), `count_groups` needs a count per (group, period,
 * value) on each record before the outer GROUP BY can count the values whose count qualifies: a
 * window over the same records and joins, partitioned by the dimensions, the period flag and the
 * value. The joins are repeated above it, so the outer query reads `r` and `j_*` as usual.
 */
function recordsSql(plan: WidgetPlan, timeZone: string, groupCounts: GroupCounts): SQL {
  const comparison = plan.comparison;
  const flags = comparison ? sql`, (${conditionSql(comparison.current)}) as _current, (${conditionSql(comparison.previous)}) as _previous` : sql``;
  const conditions = whereTerms(plan);
  const where = conditions.length ? sql` where ${sql.join(conditions, sql` and `)}` : sql``;
  const joins = sql.join(
    plan.joins.map((join) => sql` left join ${entityTable(join.entity)} as ${joinAlias(join.relation)} on ${joinAlias(join.relation)}.id = ${BASE}.${column(join.relation)}`),
    sql``,
  );
  const records = sql`(select t.*${flags} from ${entityTable(plan.entity)} as t${where}) as ${BASE}${joins}`;
  if (groupCounts.size === 0) return records;
  const partition = [...plan.dimensions.map((dimension) => dimensionSql(dimension, timeZone)), ...(comparison ? [sql`${BASE}._current`] : [])];
  const windows = [...groupCounts.values()].map(({ alias, target }) => sql`count(*) over (partition by ${sql.join([...partition, ref(target)], sql`, `)}) as ${alias}`);
  return sql`(select ${BASE}.*, ${sql.join(windows, sql`, `)} from ${records}) as ${BASE}${joins}`;
}

/** Output columns in select-list order; the renderer aliases them by position, the caller maps them back to keys. */
export type SelectedColumn = { key: string; role: 'dimension' | 'title' | 'measure' | 'previous' };

export type WidgetQuery = { query: SQL; selected: SelectedColumn[] };

/** The GROUP BY columns over `r`, in select order: each dimension, then its title when it has one. */
function groupingKeys(plan: WidgetPlan, timeZone: string): Array<{ expression: SQL; column: SelectedColumn }> {
  return plan.dimensions.flatMap((dimension) => [
    { expression: dimensionSql(dimension, timeZone), column: { key: dimension.key, role: 'dimension' as const } },
    ...(dimension.title ? [{ expression: ref(dimension.title), column: { key: dimension.key, role: 'title' as const } }] : []),
  ]);
}

type Source = { from: SQL; key: (index: number) => SQL; period: (current: boolean) => SQL; aggregate: Aggregator };

/** What the grouping level reads: `g` when every aggregate counts one field's groups, else `r` (with windows for count_groups). */
function sourceOf(plan: WidgetPlan, timeZone: string, keys: SQL[]): Source {
  const counted = countedField(plan);
  if (counted) {
    const from = countedGroupsSql(recordsSql(plan, timeZone, new Map()), keys, ref(counted), plan.comparison !== null);
    return { from, key: groupedKeyRef, period: groupedPeriod, aggregate: groupedCountSql };
  }
  const groupCounts = groupCountColumns(plan);
  return {
    from: recordsSql(plan, timeZone, groupCounts),
    key: (index) => keys[index],
    period: (current) => (current ? sql`${BASE}._current` : sql`${BASE}._previous`),
    aggregate: (aggregate, period) => aggregateSql(aggregate, period, groupCounts),
  };
}

/**
 * Two levels: the inner query groups and aggregates typed values; the outer one sorts them (so
 * numbers sort as numbers, dates as dates), keeps the top N and turns them into text.
 */
export function widgetSql(plan: WidgetPlan, timeZone: string, maxRows: number): WidgetQuery {
  const inner: SQL[] = [];
  const outer: SQL[] = [];
  const selected: SelectedColumn[] = [];
  const groupBy: number[] = [];
  const add = (expression: SQL, column: SelectedColumn, datetime = false) => {
    const alias = sql.identifier(`c${inner.length}`);
    inner.push(sql`${expression} as ${alias}`);
    outer.push(sql`${asText(sql`q.${alias}`, datetime)} as ${alias}`);
    selected.push(column);
    return inner.length;
  };
  const keys = groupingKeys(plan, timeZone);
  const source = sourceOf(plan, timeZone, keys.map((key) => key.expression));
  keys.forEach((key, index) => groupBy.push(add(source.key(index), key.column)));
  const comparison = plan.comparison;
  for (const measure of plan.measures) add(measureSql(measure, comparison ? source.period(true) : null, source.aggregate), { key: measure.key, role: 'measure' }, isDatetimeMeasure(measure));
  if (comparison) for (const measure of plan.measures) add(measureSql(measure, source.period(false), source.aggregate), { key: measure.key, role: 'previous' }, isDatetimeMeasure(measure));

  const position = (key: string) => selected.findIndex((candidate) => candidate.key === key && candidate.role !== 'title' && candidate.role !== 'previous');
  const byPosition = (index: number, direction: 'asc' | 'desc') => sql`q.${sql.identifier(`c${index}`)} ${direction === 'desc' ? sql`desc` : sql`asc`} nulls last`;
  const order = plan.sort.map((term) => byPosition(position(term.key), term.direction));
  // Dimensions break ties, so the same data always comes back in the same order.
  for (const index of groupBy) if (!plan.sort.some((term) => position(term.key) === index - 1)) order.push(byPosition(index - 1, 'asc'));

  const grouped = sql`select ${sql.join(inner, sql`, `)}
    from ${source.from}
    ${groupBy.length ? sql`group by ${sql.raw(groupBy.join(', '))}` : sql``}`;
  const query = sql`select ${sql.join(outer, sql`, `)} from (${grouped}) as q
    ${order.length ? sql`order by ${sql.join(order, sql`, `)}` : sql``}
    limit ${sql.raw(String(plan.limit ?? maxRows))}`;
  return { query, selected };
}
