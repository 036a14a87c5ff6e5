import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../metadata/field';
import { evaluateRule } from '../evaluate-rule';
import { conditionFields, operatorsFor, type Condition, type ConditionGroup } from './condition-tree';
import { describeRule } from './describe-rule';
import { FIELDS } from './fields.fixture';
import { ruleToRoot } from './rule-to-tree';
import { appendAt, applyTreeEdit, incompletePaths, newCondition, removeAt, updateAt, withField, withOperator, withValue, type TreeEdit } from './tree-edit';
import { rootToRule } from './tree-to-rule';

const field = (id: string) => FIELDS.find((candidate) => candidate.id === id) as FieldDef;

describe('operators per field type', () => {
  it('offers what fits the type and leaves line items out', () => {
    expect(operatorsFor(field('total_amount'))).toContain('greater_than');
    expect(operatorsFor(field('notes'))).not.toContain('greater_than');
    expect(operatorsFor(field('status'))).toContain('is_one_of');
    expect(operatorsFor(field('due_on'))).toEqual(['on', 'before', 'after', 'in_last_days', 'in_next_days', 'is_empty', 'is_not_empty']);
    expect(operatorsFor(field('customer'))).toEqual(['is_empty', 'is_not_empty']);
    expect(operatorsFor(field('discount'))).toContain('less_than');
    expect(conditionFields(FIELDS).map((candidate) => candidate.id)).not.toContain('lines');
  });
});

describe('editing a condition', () => {
  it('keeps a threshold when moving between number fields and drops options between selects', () => {
    const over = { kind: 'condition', field: 'total_amount', operator: 'greater_than', value: 1000 } as const;
    expect(withField(over, field('total_amount'), field('qty'))).toEqual({ ...over, field: 'qty' });
    expect(withField(over, field('total_amount'), field('notes'))).toEqual({ kind: 'condition', field: 'notes', operator: 'equals' });
    const paid = { kind: 'condition', field: 'status', operator: 'equals', value: 'paid' } as const;
    expect(withField(paid, field('status'), field('status'))).toEqual({ kind: 'condition', field: 'status', operator: 'equals' });
  });

  it('keeps the value across operators that take the same kind of value', () => {
    const over = { kind: 'condition', field: 'total_amount', operator: 'greater_than', value: 1000 } as const;
    expect(withOperator(over, field('total_amount'), 'less_or_equal')).toEqual({ ...over, operator: 'less_or_equal' });
    expect(withOperator(over, field('total_amount'), 'is_empty')).toEqual({ kind: 'condition', field: 'total_amount', operator: 'is_empty' });
    const on = { kind: 'condition', field: 'due_on', operator: 'on', value: '2024-01-01' } as const;
    expect(withOperator(on, field('due_on'), 'in_last_days')).toEqual({ kind: 'condition', field: 'due_on', operator: 'in_last_days', value: 7 });
    expect(withValue(over, undefined)).toEqual({ kind: 'condition', field: 'total_amount', operator: 'greater_than' });
  });

  it('starts yes/no conditions at yes', () => {
    expect(newCondition(field('is_gift'))).toEqual({ kind: 'condition', field: 'is_gift', operator: 'equals', value: true });
  });
});

describe('editing the tree', () => {
  const root: ConditionGroup = {
    kind: 'group',
    op: 'and',
    children: [
      { kind: 'condition', field: 'qty', operator: 'greater_than', value: 1 },
      { kind: 'group', op: 'or', children: [{ kind: 'condition', field: 'notes', operator: 'contains' }] },
    ],
  };

  it('appends, replaces and removes by path without touching the original', () => {
    const added = appendAt(root, [1], { kind: 'condition', field: 'qty', operator: 'is_empty' });
    expect(added.children[1]).toEqual({
      kind: 'group',
      op: 'or',
      children: [{ kind: 'condition', field: 'notes', operator: 'contains' }, { kind: 'condition', field: 'qty', operator: 'is_empty' }],
    });
    expect(removeAt(added, [1, 0]).children[1]).toEqual({ kind: 'group', op: 'or', children: [{ kind: 'condition', field: 'qty', operator: 'is_empty' }] });
    expect(removeAt(root, [0]).children).toEqual([root.children[1]]);
    expect(updateAt(root, [], (group) => ({ ...group, op: 'or' } as ConditionGroup)).op).toBe('or');
    expect(updateAt(root, [], () => null)).toBe(root);
    expect(root.children).toHaveLength(2);
  });

  it('finds the conditions still waiting for a value', () => {
    expect(incompletePaths(root, FIELDS)).toEqual([[1, 0]]);
    expect(incompletePaths({ kind: 'group', op: 'and', children: [{ kind: 'condition', field: 'status', operator: 'is_one_of', value: [] }, { kind: 'condition', field: 'qty', operator: 'is_empty' }] }, FIELDS)).toEqual([[0]]);
  });
});

describe('a designer building a rule', () => {
  /** What the builder does on each edit: read the stored rule, apply the edit, store the new rule. */
  const step = (rule: unknown, edit: TreeEdit) => rootToRule(applyTreeEdit(ruleToRoot(rule, FIELDS) as ConditionGroup, edit), FIELDS);
  const conditionAt = (rule: unknown, index: number) => (ruleToRoot(rule, FIELDS) as ConditionGroup).children[index] as Condition;

  it('sets "required when total amount > 1000" and later widens it to a group', () => {
    let rule: unknown = undefined;
    rule = step(rule, { kind: 'append', path: [], node: newCondition(field('notes')) });
    rule = step(rule, { kind: 'replace', path: [0], node: withField(conditionAt(rule, 0), field('notes'), field('total_amount')) });
    rule = step(rule, { kind: 'replace', path: [0], node: withOperator(conditionAt(rule, 0), field('total_amount'), 'greater_than') });
    expect(incompletePaths(ruleToRoot(rule, FIELDS) as ConditionGroup, FIELDS)).toEqual([[0]]);
    rule = step(rule, { kind: 'replace', path: [0], node: withValue(conditionAt(rule, 0), 1000), typing: true });
    expect(rule).toEqual({ '>': [{ var: 'total_amount' }, 1000] });
    expect(describeRule(rule, FIELDS, 'en')).toBe('Total amount > 1000');
    expect(evaluateRule(rule, { total_amount: '1000.01' })).toBe(true);
    expect(evaluateRule(rule, { total_amount: '1000' })).toBe(false);

    rule = step(rule, { kind: 'append', path: [], node: { kind: 'group', op: 'or', children: [newCondition(field('is_gift'))] } });
    rule = step(rule, { kind: 'replace', path: [], node: { ...(ruleToRoot(rule, FIELDS) as ConditionGroup), op: 'or' } });
    expect(rule).toEqual({ or: [{ '>': [{ var: 'total_amount' }, 1000] }, { or: [{ '==': [{ var: 'is_gift' }, true] }] }] });
    expect(evaluateRule(rule, { total_amount: '5', is_gift: true })).toBe(true);

    rule = step(rule, { kind: 'remove', path: [1] });
    rule = step(rule, { kind: 'remove', path: [0] });
    expect(rule).toBeUndefined();
  });
});
