import { sql, type SQL } from 'drizzle-orm';
import type { SqlComparison, SqlExpr } from '@/engine/query/sql-expression';
import { column } from './table-names';

const DECIMAL_LITERAL = /^-?\d{1,18}(\.\d{1,10})?$/;

/**
 * Renders a database-computable expression. DDL (generated columns, CHECK) takes no bind
 * parameters, so literals are inlined — only after matching a plain decimal pattern again here.
 */
export function expressionSql(expr: SqlExpr): SQL {
  switch (expr.kind) {
    case 'column':
      return column(expr.field);
    case 'literal':
      if (!DECIMAL_LITERAL.test(expr.value)) throw new Error(`refusing literal "${expr.value}"`);
      return sql.raw(`(${expr.value})`);
    case 'arith': {
      const parts = expr.args.map(expressionSql);
      if (expr.op === '-' && parts.length === 1) return sql`(-${parts[0]})`;
      return sql`(${sql.join(parts, sql.raw(` ${expr.op} `))})`;
    }
  }
}

export function comparisonSql(comparison: SqlComparison): SQL {
  const op = comparison.op === '==' ? '=' : comparison.op;
  return sql`${expressionSql(comparison.left)} ${sql.raw(op)} ${expressionSql(comparison.right)}`;
}
