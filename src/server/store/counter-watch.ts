import { sql, type SQL } from 'drizzle-orm';
import type { SqlExpr } from '@/engine/query/sql-expression';
import type { ThresholdSource } from '@/engine/workflow/threshold-trigger';
import { column, entityTable } from './table-names';

/** A threshold a counter move may cross; `value` is the watched field over the record's own columns. */
export type CounterWatch = { value: SqlExpr; below: ThresholdSource };

const DECIMAL_LITERAL = /^-?\d{1,18}(\.\d{1,10})?$/;

function render(expr: SqlExpr, columnSql: (field: string) => SQL): SQL {
  switch (expr.kind) {
    case 'column':
      return columnSql(expr.field);
    case 'literal':
      if (!DECIMAL_LITERAL.test(expr.value)) throw new Error(`refusing literal "${expr.value}"`);
      return sql.raw(`(${expr.value})`);
    case 'arith': {
      const parts = expr.args.map((arg) => render(arg, columnSql));
      if (expr.op === '-' && parts.length === 1) return sql`(-${parts[0]})`;
      return sql`(${sql.join(parts, sql.raw(` ${expr.op} `))})`;
    }
  }
}

function thresholdSql(table: string, below: ThresholdSource): SQL {
  if (below.kind === 'constant') return sql`${below.value}::numeric`;
  // A subquery, not UPDATE … FROM: a join would stop the counter row matching when the relation is empty.
  return sql`(select threshold_source.${column(below.field)} from ${entityTable(below.entity)} as threshold_source
              where threshold_source.id = ${entityTable(table)}.${column(below.relation)})`;
}

/**
 * For a RETURNING list: whether this UPDATE took the watched value from at or above the threshold
 * to below it. RETURNING sees only the new row, so the old value is the new one with `deltas`
 * (what the SET added to each column) taken back off. Under the row lock both are exact, so of
 * racing orders exactly the one that crosses sees it. A threshold of NULL never crosses.
 */
export function crossedSql(table: string, watch: CounterWatch, deltas: ReadonlyMap<string, number>): SQL {
  const after = render(watch.value, (field) => column(field));
  const before = render(watch.value, (field) => (deltas.has(field) ? sql`(${column(field)} - ${deltas.get(field)})` : column(field)));
  const threshold = thresholdSql(table, watch.below);
  return sql`coalesce(${before} >= ${threshold} and ${after} < ${threshold}, false)`;
}

/**
 * Whether a change made by hand (an edit, not a counter step) took the watched value from at or
 * above the threshold to below it: both sides are computed from the values given, and a related
 * threshold is read from the record `after` points at.
 */
export function crossedByValuesSql(watch: CounterWatch, before: Readonly<Record<string, unknown>>, after: Readonly<Record<string, unknown>>): SQL {
  const value = (row: Readonly<Record<string, unknown>>) => render(watch.value, (field) => sql`${numericOrNull(row[field])}::numeric`);
  const { below } = watch;
  const threshold =
    below.kind === 'constant'
      ? sql`${below.value}::numeric`
      : sql`(select threshold_source.${column(below.field)} from ${entityTable(below.entity)} as threshold_source where threshold_source.id = ${String(after[below.relation] ?? '')}::uuid)`;
  return sql`coalesce(${value(before)} >= ${threshold} and ${value(after)} < ${threshold}, false)`;
}

function numericOrNull(value: unknown): string | null {
  return value === null || value === undefined || value === '' ? null : String(value);
}
