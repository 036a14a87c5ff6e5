import { describe, expect, it } from 'vitest';
import { describeRule, describeTree } from './describe-rule';
import { FIELDS } from './fields.fixture';
import { operatorLabel } from './phrases';

describe('describeRule', () => {
  const rule = {
    and: [
      { '>': [{ var: 'total_amount' }, 1000] },
      { or: [{ in: [{ var: 'status' }, ['paid', 'shipped']] }, { some: [{ var: 'tags' }, { in: [{ var: '' }, ['vip']] }] }] },
    ],
  };

  it('reads a rule in English with field and option labels', () => {
    expect(describeRule(rule, FIELDS, 'en')).toBe('Total amount > 1000 and (Status is one of Paid, Shipped or Tags has any of VIP)');
  });

  it('reads a rule in Chinese', () => {
    expect(describeRule(rule, FIELDS, 'zh-CN')).toBe('订单金额 大于 1000 且 （状态 是 已付款、已发货 之一 或 标签 包含 大客户 中的任一项）');
  });

  it('describes every kind of value', () => {
    const sentence = (node: Parameters<typeof describeTree>[0]) => describeTree(node, FIELDS, 'en');
    expect(sentence({ kind: 'condition', field: 'notes', operator: 'contains', value: 'rush' })).toBe('Notes contains “rush”');
    expect(sentence({ kind: 'condition', field: 'is_gift', operator: 'equals', value: false })).toBe('Gift is No');
    expect(sentence({ kind: 'condition', field: 'due_on', operator: 'in_last_days', value: 7 })).toBe('Due on is within the last 7 days');
    expect(sentence({ kind: 'condition', field: 'due_on', operator: 'before', value: '2024-01-01' })).toBe('Due on is before 2024-01-01');
    expect(sentence({ kind: 'condition', field: 'customer', operator: 'is_empty' })).toBe('Customer is empty');
    expect(sentence({ kind: 'condition', field: 'total_amount', operator: 'greater_than' })).toBe('Total amount > (not set)');
    expect(sentence({ kind: 'condition', field: 'notes', operator: 'contains', value: '$& {value}' })).toBe('Notes contains “$& {value}”');
    expect(sentence({ kind: 'group', op: 'or', children: [] })).toBe('no conditions');
    expect(describeTree({ kind: 'condition', field: 'paid_at', operator: 'in_next_days', value: 3 }, FIELDS, 'zh-CN')).toBe('付款时间 在未来 3 天内');
  });

  it('returns null for a rule the builder cannot read', () => {
    expect(describeRule({ if: [true, 1, 2] }, FIELDS, 'en')).toBeNull();
  });

  it('names operators by field type in the picker', () => {
    expect(operatorLabel('is_one_of', 'single_select', 'en')).toBe('is one of');
    expect(operatorLabel('is_one_of', 'multi_select', 'en')).toBe('has any of');
    expect(operatorLabel('greater_than', 'number', 'zh-CN')).toBe('大于');
  });
});
