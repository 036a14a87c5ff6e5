import { findField, type EntityDef } from '../metadata/entity';

/**
 * The slice of json-logic the database itself can compute: arithmetic (+, -, *) over numeric
 * fields of the same record and numeric literals, and one comparison on top for CHECK rules.
 * Literals are validated decimal text, so the server may inline them into DDL (which takes no
 * bind parameters).
 */
export type SqlExpr =
  | { kind: 'column'; field: string }
  | { kind: 'literal'; value: string }
  | { kind: 'arith'; op: '+' | '-' | '*'; args: SqlExpr[] };

export type SqlComparison = { kind: 'compare'; op: '>=' | '>' | '<=' | '<' | '=='; left: SqlExpr; right: SqlExpr };

type Result<T> = { ok: true; value: T } | { ok: false; problem: string };

const NUMERIC_TYPES = new Set(['number', 'money', 'rollup']);
const DECIMAL_LITERAL = /^-?\d{1,18}(\.\d{1,10})?$/;

function single(node: Record<string, unknown>): [string, unknown[]] | null {
  const keys = Object.keys(node);
  if (keys.length !== 1) return null;
  const args = node[keys[0]];
  return [keys[0], Array.isArray(args) ? args : [args]];
}

export function compileSqlExpression(entity: EntityDef, rule: unknown, depth = 0): Result<SqlExpr> {
  if (depth > 16) return { ok: false, problem: 'expression is nested too deeply' };
  if (typeof rule === 'number' || typeof rule === 'string') {
    const text = String(rule);
    return DECIMAL_LITERAL.test(text) ? { ok: true, value: { kind: 'literal', value: text } } : { ok: false, problem: `"${text}" is not a number` };
  }
  if (!rule || typeof rule !== 'object' || Array.isArray(rule)) return { ok: false, problem: 'expected a number, a {"var": field} or an arithmetic operator' };
  const parts = single(rule as Record<string, unknown>);
  if (!parts) return { ok: false, problem: 'an operator object has exactly one key' };
  const [op, args] = parts;
  if (op === 'var') {
    const id = args[0];
    const field = typeof id === 'string' ? findField(entity, id) : undefined;
    const numeric = field && (NUMERIC_TYPES.has(field.type) || (field.type === 'formula' && (field.resultType === 'number' || field.resultType === 'money')));
    if (!field || !numeric) return { ok: false, problem: `"${String(id)}" is not a numeric field of ${entity.key}` };
    return { ok: true, value: { kind: 'column', field: field.id } };
  }
  if (op !== '+' && op !== '-' && op !== '*') return { ok: false, problem: `operator "${op}" cannot be computed by the database (use +, - or *)` };
  if (args.length === 0 || (op === '-' && args.length > 2)) return { ok: false, problem: `"${op}" has the wrong number of arguments` };
  const compiled: SqlExpr[] = [];
  for (const arg of args) {
    const result = compileSqlExpression(entity, arg, depth + 1);
    if (!result.ok) return result;
    compiled.push(result.value);
  }
  return { ok: true, value: { kind: 'arith', op, args: compiled } };
}

export function compileSqlComparison(entity: EntityDef, rule: unknown): Result<SqlComparison> {
  const parts = rule && typeof rule === 'object' && !Array.isArray(rule) ? single(rule as Record<string, unknown>) : null;
  if (!parts) return { ok: false, problem: 'a check is one comparison such as {">=": [{"var": "on_hand"}, 0]}' };
  const [op, args] = parts;
  if (!['>=', '>', '<=', '<', '=='].includes(op) || args.length !== 2) return { ok: false, problem: `a check compares two values with >=, >, <=, < or ==, not "${op}"` };
  const left = compileSqlExpression(entity, args[0]);
  if (!left.ok) return left;
  const right = compileSqlExpression(entity, args[1]);
  if (!right.ok) return right;
  return { ok: true, value: { kind: 'compare', op: op as SqlComparison['op'], left: left.value, right: right.value } };
}

/** Columns an expression reads, so a generated column is only defined over columns that exist. */
export function expressionColumns(expr: SqlExpr): string[] {
  if (expr.kind === 'column') return [expr.field];
  if (expr.kind === 'literal') return [];
  return [...new Set(expr.args.flatMap(expressionColumns))];
}
