import { sql, type SQL } from 'drizzle-orm';
import type { FilterAst } from '@/engine/query/filter';
import { column } from './table-names';

type Compare = Extract<FilterAst, { kind: 'compare' }>;

/** Backslash is the default LIKE escape character in PostgreSQL. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

function typed(compare: Compare, value: unknown): SQL {
  switch (compare.valueType) {
    case 'integer':
      return sql`${value}::bigint`;
    case 'decimal':
      return sql`${value}::numeric`;
    case 'date':
      return sql`${value}::date`;
    case 'datetime':
      return sql`${value}::timestamptz`;
    case 'boolean':
      return sql`${value}::boolean`;
    case 'uuid':
      return sql`${value}::uuid`;
    default:
      return sql`${value}::text`;
  }
}

function textArray(values: unknown[]): SQL {
  return sql`array(select jsonb_array_elements_text(${JSON.stringify(values)}::jsonb))`;
}

function compareToSql(compare: Compare): SQL {
  const col = column(compare.field);
  const value = compare.value;
  switch (compare.op) {
    case 'eq':
      return sql`${col} = ${typed(compare, value)}`;
    case 'ne':
      return sql`${col} is distinct from ${typed(compare, value)}`;
    case 'gt':
      return sql`${col} > ${typed(compare, value)}`;
    case 'gte':
      return sql`${col} >= ${typed(compare, value)}`;
    case 'lt':
      return sql`${col} < ${typed(compare, value)}`;
    case 'lte':
      return sql`${col} <= ${typed(compare, value)}`;
    case 'between': {
      const [low, high] = value as [unknown, unknown];
      return sql`${col} between ${typed(compare, low)} and ${typed(compare, high)}`;
    }
    case 'in':
      return sql`${col} in (${sql.join((value as unknown[]).map((item) => typed(compare, item)), sql`, `)})`;
    case 'contains':
      if (compare.valueType === 'text_array') return sql`${col} @> ${textArray(Array.isArray(value) ? value : [value])}`;
      return sql`${col}::text ilike ${`%${escapeLike(String(value))}%`}`;
    case 'isNull':
      return value === false ? sql`${col} is not null` : sql`${col} is null`;
  }
}

export function filterToSql(ast: FilterAst): SQL {
  if (ast.kind === 'compare') return compareToSql(ast);
  if (ast.items.length === 0) return ast.kind === 'and' ? sql`true` : sql`false`;
  return sql`(${sql.join(ast.items.map(filterToSql), ast.kind === 'and' ? sql` and ` : sql` or `)})`;
}
