import { describe, expect, it } from 'vitest';
import { FIELDS } from './fields.fixture';
import { ruleToRoot, ruleToTree } from './rule-to-tree';

describe('ruleToTree', () => {
  it('reads rules written by hand in the shapes the builder writes', () => {
    expect(ruleToTree({ '>': [{ var: 'total_amount' }, 1000] }, FIELDS)).toEqual({ kind: 'condition', field: 'total_amount', operator: 'greater_than', value: 1000 });
    expect(ruleToTree({ is_empty: [{ var: ['notes'] }] }, FIELDS)).toEqual({ kind: 'condition', field: 'notes', operator: 'is_empty' });
    expect(ruleToTree({ or: [{ '==': [{ var: 'status' }, 'paid'] }] }, FIELDS)).toEqual({
      kind: 'group', op: 'or', children: [{ kind: 'condition', field: 'status', operator: 'equals', value: 'paid' }],
    });
  });

  it('gives up on shapes it cannot show, so the designer edits them as JSON', () => {
    const handWritten = [
      { '>': [1000, { var: 'total_amount' }] }, // reversed operands
      { '>': [{ var: 'total_amount' }, '1000'] }, // a threshold as text compares as text
      { '>': [{ var: 'total_amount' }, { var: 'qty' }] }, // field against field
      { '==': [{ var: 'due_on' }, '2024-01-01'] }, // dates are compared by day, not as text
      { '==': [{ var: 'nope' }, 1] }, // unknown field
      { '==': [{ var: 'lines' }, 1] }, // line items are not a value
      { '==': [{ var: ['total_amount', 0] }, 1] }, // var with a default
      { '>': [{ var: 'notes' }, 1] }, // operator the field type does not offer
      { in: [{ var: 'tags' }, ['vip']] }, // a list is never in a list
      { in: [{ var: 'notes' }, ['a']] }, // one-of is for selects
      { if: [{ var: 'is_gift' }, true, false] },
      { '<=': [0, { date_diff: [{ var: 'due_on' }, { today: [] }, 'day'] }, 7] }, // range without its not-empty guard
      { and: [{ '!': { is_empty: { var: 'due_on' } } }, { '<=': [0, { date_diff: [{ var: 'paid_at' }, { today: [] }, 'day'] }, 7] }] },
      { '==': [{ date_diff: ['2024-01-01', { var: 'due_on' }, 'month'] }, 0] },
      { '==': [{ date_diff: ['01/01/2024', { var: 'due_on' }, 'day'] }, 0] },
      { in_last_days: [{ var: 'due_on' }, 7] }, // not an operator at all
      true,
      'text',
      [],
    ];
    for (const rule of handWritten) expect(ruleToTree(rule, FIELDS), JSON.stringify(rule)).toBeNull();
  });

  it('keeps a guarded group that is not a date range as a group', () => {
    const rule = { and: [{ '!': { is_empty: { var: 'due_on' } } }, { '>': [{ var: 'qty' }, 2] }] };
    expect(ruleToTree(rule, FIELDS)).toEqual({
      kind: 'group',
      op: 'and',
      children: [
        { kind: 'condition', field: 'due_on', operator: 'is_not_empty' },
        { kind: 'condition', field: 'qty', operator: 'greater_than', value: 2 },
      ],
    });
  });

  it('refuses a rule nested past the limits instead of overflowing the stack', () => {
    let deep: unknown = { '==': [{ var: 'qty' }, 1] };
    for (let i = 0; i < 10_000; i += 1) deep = { and: [deep] };
    expect(ruleToTree(deep, FIELDS)).toBeNull();
  });
});

describe('ruleToRoot', () => {
  it('starts an absent rule as an empty "all of" group and wraps a bare condition', () => {
    expect(ruleToRoot(undefined, FIELDS)).toEqual({ kind: 'group', op: 'and', children: [] });
    expect(ruleToRoot({ is_empty: { var: 'qty' } }, FIELDS)).toEqual({ kind: 'group', op: 'and', children: [{ kind: 'condition', field: 'qty', operator: 'is_empty' }] });
    expect(ruleToRoot({ if: [] }, FIELDS)).toBeNull();
  });
});
