import type { FieldDef } from '../../metadata/field';

/**
 * What the visual rule builder edits. A tree is turned into json-logic by treeToRule and read back by
 * ruleToTree; the two are exact inverses on every tree, so the builder can keep no state of its own.
 */
export type ConditionOperator =
  | 'equals'
  | 'not_equals'
  | 'greater_than'
  | 'greater_or_equal'
  | 'less_than'
  | 'less_or_equal'
  | 'is_empty'
  | 'is_not_empty'
  | 'contains'
  | 'is_one_of'
  | 'on'
  | 'before'
  | 'after'
  | 'in_last_days'
  | 'in_next_days';

export type ConditionValue = string | number | boolean | string[];

/** `value` is absent while the designer has not filled it in yet (json-logic null). */
export type Condition = { kind: 'condition'; field: string; operator: ConditionOperator; value?: ConditionValue };
export type ConditionGroup = { kind: 'group'; op: 'and' | 'or'; children: ConditionNode[] };
export type ConditionNode = Condition | ConditionGroup;

/** How a field's value behaves in a condition; formulas behave like their result. */
export type ConditionValueType = 'text' | 'number' | 'date' | 'boolean' | 'single_select' | 'multi_select' | 'relation';

/** What the value input of a condition holds. */
export type ValueKind = 'none' | 'text' | 'number' | 'boolean' | 'option' | 'options' | 'date' | 'days';

export function conditionValueType(field: FieldDef): ConditionValueType | null {
  switch (field.type) {
    case 'text':
    case 'long_text':
    case 'email':
    case 'phone':
    case 'auto_number':
      return 'text';
    case 'number':
    case 'money':
    case 'rollup':
      return 'number';
    case 'date':
    case 'datetime':
      return 'date';
    case 'boolean':
      return 'boolean';
    case 'single_select':
      return 'single_select';
    case 'multi_select':
      return 'multi_select';
    case 'relation':
      return 'relation';
    case 'formula':
      return field.resultType === 'money' ? 'number' : field.resultType;
    case 'child_table':
      return null;
  }
}

const OPERATORS_BY_TYPE: Record<ConditionValueType, readonly ConditionOperator[]> = {
  text: ['equals', 'not_equals', 'contains', 'is_empty', 'is_not_empty'],
  number: ['equals', 'not_equals', 'greater_than', 'greater_or_equal', 'less_than', 'less_or_equal', 'is_empty', 'is_not_empty'],
  date: ['on', 'before', 'after', 'in_last_days', 'in_next_days', 'is_empty', 'is_not_empty'],
  boolean: ['equals', 'not_equals'],
  single_select: ['equals', 'not_equals', 'is_one_of', 'is_empty', 'is_not_empty'],
  multi_select: ['contains', 'is_one_of', 'is_empty', 'is_not_empty'],
  // A relation holds a record id nobody types by hand; only its presence is a useful condition.
  relation: ['is_empty', 'is_not_empty'],
};

/** The operators the builder offers for a field, first one being the default; empty when none fit. */
export function operatorsFor(field: FieldDef): readonly ConditionOperator[] {
  const type = conditionValueType(field);
  return type ? OPERATORS_BY_TYPE[type] : [];
}

/** Active fields a condition can test (line-item tables are not values). */
export function conditionFields(fields: readonly FieldDef[]): FieldDef[] {
  return fields.filter((field) => !field.removed && operatorsFor(field).length > 0);
}

export function valueKindOf(field: FieldDef, operator: ConditionOperator): ValueKind {
  const type = conditionValueType(field);
  switch (operator) {
    case 'is_empty':
    case 'is_not_empty':
      return 'none';
    case 'is_one_of':
      return 'options';
    case 'in_last_days':
    case 'in_next_days':
      return 'days';
    case 'on':
    case 'before':
    case 'after':
      return 'date';
    case 'contains':
      return type === 'multi_select' ? 'option' : 'text';
    default:
      if (type === 'number') return 'number';
      if (type === 'boolean') return 'boolean';
      if (type === 'single_select' || type === 'multi_select') return 'option';
      return 'text';
  }
}

const DATE_VALUE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `value` is what a condition of this kind holds; a rule with anything else is not the builder's. */
export function isValueOfKind(value: unknown, kind: ValueKind): value is ConditionValue {
  switch (kind) {
    case 'none':
      return false;
    case 'text':
    case 'option':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'options':
      return Array.isArray(value) && value.every((item) => typeof item === 'string');
    case 'date':
      return typeof value === 'string' && DATE_VALUE.test(value);
    case 'days':
      return typeof value === 'number' && Number.isInteger(value) && value >= 0;
  }
}
