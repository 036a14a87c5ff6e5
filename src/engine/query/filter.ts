import type { EntityDef } from '../metadata';
import { FILTER_OPS, joinPath, type FilterAst, type FilterOp, type QueryProblem } from './filter-ast';
import { compileFilterValue } from './filter-value';
import { resolveQueryField } from './queryable-field';

export type { FilterAst, FilterOp, FilterValueType, QueryProblem, QueryProblemCode } from './filter-ast';

export const MAX_FILTER_DEPTH = 5;
export const MAX_FILTER_CONDITIONS = 100;
/** A filter arrives in a query string; anything longer than this is not a filter a person built. */
export const MAX_FILTER_TEXT = 32_000;

export type CompileFilterResult = { ok: true; ast: FilterAst | null } | { ok: false; problems: QueryProblem[] };

const SHAPE_HINT = 'expected a condition {"field", "op", "value"} or a group {"and": [...]} / {"or": [...]}';
const CONDITION_KEYS = new Set(['field', 'op', 'value']);

/** Thrown to stop walking once the limits are hit; the rest of the tree is not worth reporting. */
class TooComplex extends Error {}

type Walk = { entity: EntityDef; problems: QueryProblem[]; conditions: number };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function compileGroup(walk: Walk, kind: 'and' | 'or', items: unknown, path: string, depth: number): FilterAst | null {
  if (depth > MAX_FILTER_DEPTH) {
    walk.problems.push({ path, code: 'too_complex', message: `Filter groups may be nested at most ${MAX_FILTER_DEPTH} deep` });
    throw new TooComplex();
  }
  if (!Array.isArray(items)) {
    walk.problems.push({ path: joinPath(path, kind), code: 'invalid_filter', message: `"${kind}" takes an array of conditions` });
    return null;
  }
  // An empty nested group has no agreed meaning (true under and, false under or), so it is refused.
  if (items.length === 0) {
    if (depth > 1) walk.problems.push({ path: joinPath(path, kind), code: 'invalid_filter', message: 'A group needs at least one condition' });
    return null;
  }
  const compiled = items.map((item, index) => compileNode(walk, item, joinPath(path, `${kind}[${index}]`), depth));
  return compiled.every((item) => item !== null) ? { kind, items: compiled as FilterAst[] } : null;
}

function compileCondition(walk: Walk, node: Record<string, unknown>, path: string): FilterAst | null {
  walk.conditions += 1;
  if (walk.conditions > MAX_FILTER_CONDITIONS) {
    walk.problems.push({ path, code: 'too_complex', message: `A filter may have at most ${MAX_FILTER_CONDITIONS} conditions` });
    throw new TooComplex();
  }
  const extra = Object.keys(node).find((key) => !CONDITION_KEYS.has(key));
  if (extra !== undefined || typeof node.field !== 'string' || typeof node.op !== 'string') {
    walk.problems.push({ path, code: 'invalid_filter', message: SHAPE_HINT });
    return null;
  }
  const op = node.op as FilterOp;
  if (!FILTER_OPS.includes(op)) {
    const shown = JSON.stringify(node.op.slice(0, 30));
    walk.problems.push({ path: joinPath(path, 'op'), code: 'unsupported_op', message: `Unknown operator ${shown}; use one of ${FILTER_OPS.join(', ')}` });
    return null;
  }
  const resolved = resolveQueryField(walk.entity, node.field);
  if (!resolved.ok) {
    walk.problems.push({ path: joinPath(path, 'field'), code: resolved.code, message: resolved.message });
    return null;
  }
  const { field } = resolved;
  if (!field.ops.includes(op)) {
    const message = `Field "${node.field}" does not support ${op}; use one of ${field.ops.join(', ')}`;
    walk.problems.push({ path: joinPath(path, 'op'), code: 'unsupported_op', message });
    return null;
  }
  const value = compileFilterValue(field, op, node.value);
  if (!value.ok) {
    walk.problems.push({ path: joinPath(path, 'value'), code: 'invalid_value', message: value.message });
    return null;
  }
  return { kind: 'compare', field: field.def.id, valueType: field.valueType, op, value: value.value };
}

function compileNode(walk: Walk, node: unknown, path: string, depth: number): FilterAst | null {
  if (!isObject(node)) {
    walk.problems.push({ path, code: 'invalid_filter', message: SHAPE_HINT });
    return null;
  }
  const keys = Object.keys(node);
  if (keys.length === 1 && (keys[0] === 'and' || keys[0] === 'or')) return compileGroup(walk, keys[0], node[keys[0]], path, depth + 1);
  if (keys.includes('and') || keys.includes('or')) {
    walk.problems.push({ path, code: 'invalid_filter', message: `A group has exactly one key, "and" or "or"; ${SHAPE_HINT}` });
    return null;
  }
  return compileCondition(walk, node, path);
}

function parseRaw(raw: unknown): { ok: true; value: unknown } | { ok: false; problem: QueryProblem } {
  if (typeof raw !== 'string') return { ok: true, value: raw };
  if (raw.length > MAX_FILTER_TEXT) return { ok: false, problem: { path: '', code: 'too_complex', message: `A filter may be at most ${MAX_FILTER_TEXT} characters` } };
  if (raw.trim() === '') return { ok: true, value: null };
  try {
    return { ok: true, value: JSON.parse(raw) };
  } catch {
    return { ok: false, problem: { path: '', code: 'invalid_filter', message: 'The filter is not valid JSON' } };
  }
}

/**
 * Turns the list endpoint's `filter` (JSON text or parsed) into an AST for the SQL renderer. Every
 * field, operator and value is checked against the entity; values come out normalised as records
 * store them. No filter (absent, empty, or an empty top-level group) gives a null AST.
 */
export function compileFilter(entity: EntityDef, raw: unknown): CompileFilterResult {
  const parsed = parseRaw(raw);
  if (!parsed.ok) return { ok: false, problems: [parsed.problem] };
  if (parsed.value === null || parsed.value === undefined) return { ok: true, ast: null };
  const walk: Walk = { entity, problems: [], conditions: 0 };
  let ast: FilterAst | null = null;
  try {
    ast = compileNode(walk, parsed.value, '', 0);
  } catch (error) {
    if (!(error instanceof TooComplex)) throw error;
  }
  return walk.problems.length > 0 ? { ok: false, problems: walk.problems } : { ok: true, ast };
}
