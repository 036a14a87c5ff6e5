import type { FieldDef } from '../../metadata/field';
import {
  conditionValueType, operatorsFor, valueKindOf, type Condition, type ConditionGroup, type ConditionNode, type ConditionOperator,
  type ConditionValue, type ValueKind,
} from './condition-tree';

/** Where a node sits: child indices from the top-level group down. */
export type TreePath = readonly number[];

function startingValue(kind: ValueKind): ConditionValue | undefined {
  if (kind === 'boolean') return true;
  if (kind === 'days') return 7;
  return undefined;
}

function make(field: FieldDef, operator: ConditionOperator, value: ConditionValue | undefined): Condition {
  return value === undefined ? { kind: 'condition', field: field.id, operator } : { kind: 'condition', field: field.id, operator, value };
}

export function newCondition(field: FieldDef): Condition {
  const operator = operatorsFor(field)[0];
  return make(field, operator, startingValue(valueKindOf(field, operator)));
}

/** Option values belong to one field, so only free-form values survive a change of field. */
const PORTABLE_KINDS: ReadonlySet<ValueKind> = new Set(['text', 'number', 'boolean', 'date', 'days']);

/** The condition moved to another field: operator and value stay when they still make sense there. */
export function withField(condition: Condition, from: FieldDef | undefined, to: FieldDef): Condition {
  const sameType = from !== undefined && conditionValueType(from) === conditionValueType(to);
  if (!sameType || !operatorsFor(to).includes(condition.operator)) return newCondition(to);
  const kind = valueKindOf(to, condition.operator);
  return make(to, condition.operator, PORTABLE_KINDS.has(kind) ? condition.value : startingValue(kind));
}

export function withOperator(condition: Condition, field: FieldDef, operator: ConditionOperator): Condition {
  const before = valueKindOf(field, condition.operator);
  const after = valueKindOf(field, operator);
  return make(field, operator, before === after ? condition.value : startingValue(after));
}

export function withValue(condition: Condition, value: ConditionValue | undefined): Condition {
  const { value: _old, ...rest } = condition;
  return value === undefined || value === null ? rest : { ...rest, value };
}

function mapChild(group: ConditionGroup, index: number, update: (node: ConditionNode) => ConditionNode | null): ConditionGroup {
  const children: ConditionNode[] = [];
  group.children.forEach((child, at) => {
    const next = at === index ? update(child) : child;
    if (next) children.push(next);
  });
  return { ...group, children };
}

/** Replaces (or with null removes) the node at `path`; the top-level group itself cannot go. */
export function updateAt(root: ConditionGroup, path: TreePath, update: (node: ConditionNode) => ConditionNode | null): ConditionGroup {
  if (path.length === 0) {
    const next = update(root);
    return next?.kind === 'group' ? next : root;
  }
  const [index, ...rest] = path;
  return mapChild(root, index, (child) => (rest.length === 0 ? update(child) : child.kind === 'group' ? updateAt(child, rest, update) : child));
}

export function removeAt(root: ConditionGroup, path: TreePath): ConditionGroup {
  return updateAt(root, path, () => null);
}

/** Appends `node` to the group at `path`. */
export function appendAt(root: ConditionGroup, path: TreePath, node: ConditionNode): ConditionGroup {
  return updateAt(root, path, (group) => (group.kind === 'group' ? { ...group, children: [...group.children, node] } : group));
}

/**
 * Paths of conditions still waiting for a value (an empty list or text counts as none). Such a rule
 * can be saved, but json-logic reads the missing value as null, which rarely means what was meant.
 */
export function incompletePaths(node: ConditionNode, fields: readonly FieldDef[], path: TreePath = []): TreePath[] {
  if (node.kind === 'group') return node.children.flatMap((child, index) => incompletePaths(child, fields, [...path, index]));
  const field = fields.find((candidate) => candidate.id === node.field);
  if (!field || valueKindOf(field, node.operator) === 'none') return [];
  const { value } = node;
  const missing = value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
  return missing ? [path] : [];
}

/** One edit a designer makes in the builder, addressed by path from the top-level group. */
export type TreeEdit =
  | { kind: 'replace'; path: TreePath; node: ConditionNode; typing?: boolean }
  | { kind: 'remove'; path: TreePath }
  | { kind: 'append'; path: TreePath; node: ConditionNode };

export function applyTreeEdit(root: ConditionGroup, edit: TreeEdit): ConditionGroup {
  switch (edit.kind) {
    case 'replace':
      return updateAt(root, edit.path, () => edit.node);
    case 'remove':
      return removeAt(root, edit.path);
    case 'append':
      return appendAt(root, edit.path, edit.node);
  }
}
