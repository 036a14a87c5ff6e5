import type { FieldDef } from '../../metadata/field';
import { checkRule } from '../check-rule';
import {
  isValueOfKind, operatorsFor, valueKindOf, type Condition, type ConditionGroup, type ConditionNode, type ConditionOperator,
} from './condition-tree';

type Fields = ReadonlyMap<string, FieldDef>;
type Operation = { op: string; args: unknown[] };

function asOperation(node: unknown): Operation | null {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return null;
  const keys = Object.keys(node);
  if (keys.length !== 1) return null;
  const value = (node as Record<string, unknown>)[keys[0]];
  return { op: keys[0], args: Array.isArray(value) ? value : [value] };
}

function isOperation(node: unknown, op: string, arity: number): node is Record<string, unknown> {
  const operation = asOperation(node);
  return operation !== null && operation.op === op && operation.args.length === arity;
}

function argsOf(node: unknown): unknown[] {
  return asOperation(node)?.args ?? [];
}

/** The field a plain `{"var": "id"}` names; a default value or a nested path is not the builder's. */
function varField(node: unknown, fields: Fields): FieldDef | null {
  if (!isOperation(node, 'var', 1)) return null;
  const [path] = argsOf(node);
  return typeof path === 'string' ? (fields.get(path) ?? null) : null;
}

function condition(field: FieldDef | null, operator: ConditionOperator, raw: unknown): Condition | null {
  if (!field || !operatorsFor(field).includes(operator)) return null;
  const kind = valueKindOf(field, operator);
  if (kind === 'none' || raw === null) return { kind: 'condition', field: field.id, operator };
  if (!isValueOfKind(raw, kind)) return null;
  return { kind: 'condition', field: field.id, operator, value: Array.isArray(raw) ? [...raw] : raw };
}

const COMPARISONS: Readonly<Record<string, ConditionOperator>> = {
  '==': 'equals', '!=': 'not_equals', '>': 'greater_than', '>=': 'greater_or_equal', '<': 'less_than', '<=': 'less_or_equal',
};
const DATE_COMPARISONS: Readonly<Record<string, ConditionOperator>> = { '==': 'on', '<': 'before', '>': 'after' };

/** `{"date_diff": [from, to, "day"]}` → [from, to]. */
function dayDiffArgs(node: unknown): [unknown, unknown] | null {
  if (!isOperation(node, 'date_diff', 3)) return null;
  const [from, to, unit] = argsOf(node);
  return unit === 'day' ? [from, to] : null;
}

const isToday = (node: unknown) => isOperation(node, 'today', 0);

function notEmptyField(node: unknown, fields: Fields): FieldDef | null {
  if (!isOperation(node, '!', 1)) return null;
  const [inner] = argsOf(node);
  return isOperation(inner, 'is_empty', 1) ? varField(argsOf(inner)[0], fields) : null;
}

/** The guarded range treeToRule writes for "within the last/next N days". */
function withinDays(args: unknown[], fields: Fields): Condition | null {
  if (args.length !== 2 || !isOperation(args[1], '<=', 3)) return null;
  const field = notEmptyField(args[0], fields);
  const [zero, diff, days] = argsOf(args[1]);
  const between = dayDiffArgs(diff);
  if (!field || zero !== 0 || !between) return null;
  const [from, to] = between;
  if (varField(from, fields) === field && isToday(to)) return condition(field, 'in_last_days', days);
  if (isToday(from) && varField(to, fields) === field) return condition(field, 'in_next_days', days);
  return null;
}

function parseComparison(op: string, [left, right]: unknown[], fields: Fields): Condition | null {
  const between = dayDiffArgs(left);
  if (between) {
    const dateOperator = DATE_COMPARISONS[op];
    return dateOperator && right === 0 ? condition(varField(between[1], fields), dateOperator, between[0]) : null;
  }
  return condition(varField(left, fields), COMPARISONS[op], right);
}

function parseIn([needle, haystack]: unknown[], fields: Fields): Condition | null {
  const field = varField(needle, fields);
  // A multi-select's value is a list, and a list is never `in` a list: its "any of" is `some`.
  if (field) return field.type === 'multi_select' ? null : condition(field, 'is_one_of', haystack);
  return condition(varField(haystack, fields), 'contains', needle);
}

function parseAnyOf([list, test]: unknown[], fields: Fields): Condition | null {
  const field = varField(list, fields);
  if (field?.type !== 'multi_select' || !isOperation(test, 'in', 2)) return null;
  const [element, options] = argsOf(test);
  return isOperation(element, 'var', 1) && argsOf(element)[0] === '' ? condition(field, 'is_one_of', options) : null;
}

function parseNode(node: unknown, fields: Fields): ConditionNode | null {
  const operation = asOperation(node);
  if (!operation) return null;
  const { op, args } = operation;
  if (op === 'and' || op === 'or') {
    const within = op === 'and' ? withinDays(args, fields) : null;
    if (within) return within;
    const children: ConditionNode[] = [];
    for (const arg of args) {
      const child = parseNode(arg, fields);
      if (!child) return null;
      children.push(child);
    }
    return { kind: 'group', op, children };
  }
  if (Object.hasOwn(COMPARISONS, op)) return args.length === 2 ? parseComparison(op, args, fields) : null;
  if (op === 'is_empty') return args.length === 1 ? condition(varField(args[0], fields), 'is_empty', null) : null;
  if (op === '!') {
    const field = notEmptyField(node, fields);
    return field ? condition(field, 'is_not_empty', null) : null;
  }
  if (op === 'in') return args.length === 2 ? parseIn(args, fields) : null;
  if (op === 'some') return args.length === 2 ? parseAnyOf(args, fields) : null;
  return null;
}

/**
 * The condition tree a rule was built from, or null when the rule has a shape the builder cannot
 * show (written by hand, invalid, or naming a field `fields` lacks): the UI then offers it as JSON.
 */
export function ruleToTree(rule: unknown, fields: readonly FieldDef[]): ConditionNode | null {
  try {
    checkRule(rule);
  } catch {
    return null;
  }
  return parseNode(rule, new Map(fields.map((field) => [field.id, field])));
}

/** The builder's top-level group for a stored rule (absent → no conditions); null as for ruleToTree. */
export function ruleToRoot(rule: unknown, fields: readonly FieldDef[]): ConditionGroup | null {
  if (rule === undefined || rule === null) return { kind: 'group', op: 'and', children: [] };
  const tree = ruleToTree(rule, fields);
  if (!tree) return null;
  return tree.kind === 'group' ? tree : { kind: 'group', op: 'and', children: [tree] };
}
