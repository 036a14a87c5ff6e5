import type { FieldDef } from '../../metadata/field';
import type { Condition, ConditionGroup, ConditionNode } from './condition-tree';

export type JsonLogic = unknown;

const fieldVar = (field: string) => ({ var: field });
const notEmpty = (field: string) => ({ '!': { is_empty: fieldVar(field) } });
/** Days from the first date to the second, whole UTC days, null when either is not a date. */
const daysBetween = (from: JsonLogic, to: JsonLogic) => ({ date_diff: [from, to, 'day'] });
const TODAY = { today: [] };

/*
 * Shapes are chosen so that an empty value never satisfies a condition by accident: json-logic
 * turns null into 0 in comparisons, which `date_diff(...) == 0` and `> 0` survive but a range
 * around 0 does not, so the "within N days" ranges carry an explicit not-empty guard.
 */
function conditionToRule({ field, operator, value }: Condition): JsonLogic {
  // An unfilled value is json-logic null, so every tree the builder can show has a rule.
  const v = value ?? null;
  switch (operator) {
    case 'equals':
      return { '==': [fieldVar(field), v] };
    case 'not_equals':
      return { '!=': [fieldVar(field), v] };
    // Number and money thresholds stay JSON numbers: the record's decimal text ("1000.01") is then
    // compared numerically, where text against text would put "999" above "1000".
    case 'greater_than':
      return { '>': [fieldVar(field), v] };
    case 'greater_or_equal':
      return { '>=': [fieldVar(field), v] };
    case 'less_than':
      return { '<': [fieldVar(field), v] };
    case 'less_or_equal':
      return { '<=': [fieldVar(field), v] };
    case 'is_empty':
      return { is_empty: fieldVar(field) };
    case 'is_not_empty':
      return notEmpty(field);
    case 'contains':
      return { in: [v, fieldVar(field)] };
    case 'is_one_of':
      return { in: [fieldVar(field), v] };
    case 'on':
      return { '==': [daysBetween(v, fieldVar(field)), 0] };
    case 'before':
      return { '<': [daysBetween(v, fieldVar(field)), 0] };
    case 'after':
      return { '>': [daysBetween(v, fieldVar(field)), 0] };
    case 'in_last_days':
      return { and: [notEmpty(field), { '<=': [0, daysBetween(fieldVar(field), TODAY), v] }] };
    case 'in_next_days':
      return { and: [notEmpty(field), { '<=': [0, daysBetween(TODAY, fieldVar(field)), v] }] };
  }
}

/** `{"some": ...}` for a multi-select "has any of": its value is a list, so `in` alone cannot ask. */
function anyOfToRule({ field, value }: Condition): JsonLogic {
  return { some: [fieldVar(field), { in: [{ var: '' }, value ?? null] }] };
}

function isMultiSelect(fields: readonly FieldDef[], id: string): boolean {
  return fields.some((field) => field.id === id && field.type === 'multi_select');
}

/** json-logic for a condition tree over `fields`; exactly undone by ruleToTree. */
export function treeToRule(node: ConditionNode, fields: readonly FieldDef[]): JsonLogic {
  if (node.kind === 'group') return { [node.op]: node.children.map((child) => treeToRule(child, fields)) };
  if (node.operator === 'is_one_of' && isMultiSelect(fields, node.field)) return anyOfToRule(node);
  return conditionToRule(node);
}

/**
 * The rule a field or validation stores for the builder's top-level group: none for an empty
 * group, the bare condition when there is only one (what a person would write by hand).
 */
export function rootToRule(root: ConditionGroup, fields: readonly FieldDef[]): JsonLogic | undefined {
  if (root.children.length === 0) return undefined;
  const [only] = root.children;
  if (root.children.length === 1 && only.kind === 'condition') return treeToRule(only, fields);
  return treeToRule(root, fields);
}
