export type FilterOp = 'eq' | 'ne' | 'gt' | 'gte' | 'lt' | 'lte' | 'in' | 'between' | 'contains' | 'isNull';

export const FILTER_OPS: readonly FilterOp[] = ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'in', 'between', 'contains', 'isNull'];

/** How the SQL renderer binds a value: decimals arrive as canonical strings, integers as numbers. */
export type FilterValueType = 'text' | 'integer' | 'decimal' | 'date' | 'datetime' | 'boolean' | 'uuid' | 'text_array';

/**
 * `value` by op: a scalar for eq…lte, a non-empty array for in, [low, high] for between, a boolean
 * for isNull, a string for contains on text and a non-empty string[] (all required) on text_array.
 * `field` is a column name taken from validated metadata; the renderer still quotes it.
 */
export type FilterAst =
  | { kind: 'and' | 'or'; items: FilterAst[] }
  | { kind: 'compare'; field: string; valueType: FilterValueType; op: FilterOp; value: unknown };

export type QueryProblemCode = 'unknown_field' | 'unsupported_op' | 'invalid_value' | 'invalid_filter' | 'too_complex';
export type QueryProblem = { path: string; code: QueryProblemCode; message: string };

export function joinPath(base: string, segment: string): string {
  if (!base) return segment;
  return segment.startsWith('[') ? `${base}${segment}` : `${base}.${segment}`;
}
