import { describe, expect, it } from 'vitest';
import { truthy } from '../operators';
import { evaluateRule } from '../evaluate-rule';
import type { Condition, ConditionNode, ConditionOperator, ConditionValue } from './condition-tree';
import { FIELDS } from './fields.fixture';
import { treeToRule } from './tree-to-rule';

const now = new Date('2024-03-16T12:00:00Z');
const when = (field: string, operator: ConditionOperator, value?: ConditionValue): Condition =>
  value === undefined ? { kind: 'condition', field, operator } : { kind: 'condition', field, operator, value };
/** Whether the built rule holds for a record, read the way visibleWhen and requiredWhen read it. */
const holds = (node: ConditionNode, record: Record<string, unknown>) => truthy(evaluateRule(treeToRule(node, FIELDS), record, { now }));

describe('conditions built for number and money fields', () => {
  const overThousand = when('total_amount', 'greater_than', 1000);

  it('compares exact decimal text numerically', () => {
    expect(holds(overThousand, { total_amount: '1000.01' })).toBe(true);
    expect(holds(overThousand, { total_amount: '1000' })).toBe(false);
    expect(holds(overThousand, { total_amount: '1000.00' })).toBe(false);
    // As text "999.99" would sort above "1000"; numerically it does not.
    expect(holds(overThousand, { total_amount: '999.99' })).toBe(false);
    expect(holds(overThousand, { total_amount: '10000' })).toBe(true);
    expect(holds(overThousand, { total_amount: null })).toBe(false);
    expect(holds(overThousand, {})).toBe(false);
  });

  it('treats 1000.00 as equal to 1000 and honours the inclusive operators', () => {
    expect(holds(when('total_amount', 'equals', 1000), { total_amount: '1000.00' })).toBe(true);
    expect(holds(when('total_amount', 'not_equals', 1000), { total_amount: '1000.00' })).toBe(false);
    expect(holds(when('total_amount', 'greater_or_equal', 1000), { total_amount: '1000.00' })).toBe(true);
    expect(holds(when('total_amount', 'less_or_equal', 1000), { total_amount: '1000.01' })).toBe(false);
    expect(holds(when('qty', 'less_than', 5), { qty: 4 })).toBe(true);
    expect(holds(when('qty', 'less_than', 5), { qty: 5 })).toBe(false);
  });

  it('tells empty from zero', () => {
    expect(holds(when('qty', 'is_empty'), { qty: null })).toBe(true);
    expect(holds(when('qty', 'is_empty'), { qty: 0 })).toBe(false);
    expect(holds(when('qty', 'is_not_empty'), { qty: 0 })).toBe(true);
    expect(holds(when('notes', 'is_empty'), { notes: '' })).toBe(true);
    expect(holds(when('notes', 'is_empty'), {})).toBe(true);
  });
});

describe('conditions built for text, select and yes/no fields', () => {
  it('finds text inside text', () => {
    expect(holds(when('notes', 'contains', 'rush'), { notes: 'a rush order' })).toBe(true);
    expect(holds(when('notes', 'contains', 'rush'), { notes: 'calm' })).toBe(false);
    expect(holds(when('notes', 'contains', 'rush'), { notes: null })).toBe(false);
  });

  it('matches a single select against one or several options', () => {
    expect(holds(when('status', 'equals', 'paid'), { status: 'paid' })).toBe(true);
    expect(holds(when('status', 'is_one_of', ['paid', 'shipped']), { status: 'shipped' })).toBe(true);
    expect(holds(when('status', 'is_one_of', ['paid', 'shipped']), { status: 'draft' })).toBe(false);
    expect(holds(when('status', 'is_one_of', ['paid', 'shipped']), { status: null })).toBe(false);
  });

  it('matches a multi select that includes one option or any of several', () => {
    expect(holds(when('tags', 'contains', 'vip'), { tags: ['urgent', 'vip'] })).toBe(true);
    expect(holds(when('tags', 'contains', 'vip'), { tags: [] })).toBe(false);
    expect(holds(when('tags', 'is_one_of', ['vip', 'other']), { tags: ['urgent'] })).toBe(false);
    expect(holds(when('tags', 'is_one_of', ['vip', 'other']), { tags: ['urgent', 'vip'] })).toBe(true);
    expect(holds(when('tags', 'is_one_of', ['vip']), { tags: null })).toBe(false);
    expect(holds(when('tags', 'is_empty'), { tags: [] })).toBe(true);
  });

  it('compares yes/no fields, an unset one being neither', () => {
    expect(holds(when('is_gift', 'equals', true), { is_gift: true })).toBe(true);
    expect(holds(when('is_gift', 'equals', true), { is_gift: false })).toBe(false);
    expect(holds(when('is_gift', 'equals', false), { is_gift: null })).toBe(false);
    expect(holds(when('is_gift', 'not_equals', true), { is_gift: false })).toBe(true);
  });
});

describe('conditions built for date and datetime fields', () => {
  it('compares calendar days, a datetime standing for its UTC date', () => {
    expect(holds(when('due_on', 'on', '2024-03-16'), { due_on: '2024-03-16' })).toBe(true);
    expect(holds(when('paid_at', 'on', '2024-03-16'), { paid_at: '2024-03-16T22:15:00Z' })).toBe(true);
    expect(holds(when('due_on', 'before', '2024-03-16'), { due_on: '2024-03-15' })).toBe(true);
    expect(holds(when('due_on', 'before', '2024-03-16'), { due_on: '2024-03-16' })).toBe(false);
    expect(holds(when('paid_at', 'after', '2024-03-16'), { paid_at: '2024-03-16T23:59:00Z' })).toBe(false);
    expect(holds(when('paid_at', 'after', '2024-03-16'), { paid_at: '2024-03-17T00:00:00Z' })).toBe(true);
  });

  it('never matches an empty date', () => {
    for (const operator of ['on', 'before', 'after'] as const) {
      expect(holds(when('due_on', operator, '2024-03-16'), { due_on: null })).toBe(false);
    }
    expect(holds(when('due_on', 'in_last_days', 7), { due_on: null })).toBe(false);
    expect(holds(when('due_on', 'in_next_days', 7), { due_on: '' })).toBe(false);
  });

  it('counts the last and next N days from today, both ends included', () => {
    const lastWeek = when('due_on', 'in_last_days', 7);
    expect(holds(lastWeek, { due_on: '2024-03-16' })).toBe(true);
    expect(holds(lastWeek, { due_on: '2024-03-09' })).toBe(true);
    expect(holds(lastWeek, { due_on: '2024-03-08' })).toBe(false);
    expect(holds(lastWeek, { due_on: '2024-03-17' })).toBe(false);
    const nextWeek = when('paid_at', 'in_next_days', 7);
    expect(holds(nextWeek, { paid_at: '2024-03-23T10:00:00Z' })).toBe(true);
    expect(holds(nextWeek, { paid_at: '2024-03-24T00:00:00Z' })).toBe(false);
    expect(holds(nextWeek, { paid_at: '2024-03-15T23:00:00Z' })).toBe(false);
  });
});

describe('groups', () => {
  it('combine conditions with and / or, nested', () => {
    const rule: ConditionNode = {
      kind: 'group',
      op: 'and',
      children: [
        when('total_amount', 'greater_than', 1000),
        { kind: 'group', op: 'or', children: [when('status', 'equals', 'paid'), when('tags', 'contains', 'vip')] },
      ],
    };
    expect(holds(rule, { total_amount: '1500', status: 'draft', tags: ['vip'] })).toBe(true);
    expect(holds(rule, { total_amount: '1500', status: 'draft', tags: [] })).toBe(false);
    expect(holds(rule, { total_amount: '500', status: 'paid', tags: [] })).toBe(false);
  });
});
