import { describe, expect, it } from 'vitest';
import { evaluateRule } from './evaluate-rule';
import { RuleError } from './rule-error';

function ruleErrorOf(run: () => unknown): RuleError | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof RuleError) return error;
    throw error;
  }
  return undefined;
}

describe('evaluateRule semantics', () => {
  it('follows json-logic truthiness: [] is falsy, "0" is truthy', () => {
    expect(evaluateRule({ '!!': [[]] }, {})).toBe(false);
    expect(evaluateRule({ '!!': ['0'] }, {})).toBe(true);
    expect(evaluateRule({ if: [[], 'yes', 'no'] }, {})).toBe('no');
    expect(evaluateRule({ or: [0, '', 'x'] }, {})).toBe('x');
    expect(evaluateRule({ and: [1, [], 2] }, {})).toEqual([]);
  });

  it('coerces numeric strings in arithmetic', () => {
    expect(evaluateRule({ '*': [{ var: 'price' }, { var: 'qty' }] }, { price: '12.50', qty: 3 })).toBe(37.5);
    expect(evaluateRule({ '+': ['1.5', 2] }, {})).toBe(3.5);
    expect(evaluateRule({ '-': [{ var: 'on_hand' }, { var: 'reserved' }] }, { on_hand: '10', reserved: 4 })).toBe(6);
    expect(evaluateRule({ '==': [1, '1'] }, {})).toBe(true);
    expect(evaluateRule({ '<': ['2024-01-02', '2024-02-01'] }, {})).toBe(true);
    expect(evaluateRule({ '<=': [1, { var: 'qty' }, 10] }, { qty: 10 })).toBe(true);
  });

  it('reads nested paths, defaults and whole data', () => {
    const data = { customer: { level: 'gold' }, lines: [{ qty: 2 }, { qty: 5 }], note: null };
    expect(evaluateRule({ var: 'customer.level' }, data)).toBe('gold');
    expect(evaluateRule({ var: 'lines.1.qty' }, data)).toBe(5);
    expect(evaluateRule({ var: ['missing_field', 'fallback'] }, data)).toBe('fallback');
    expect(evaluateRule({ var: 'note.x' }, data)).toBeNull();
    expect(evaluateRule({ var: '' }, { a: 1 })).toEqual({ a: 1 });
    expect(evaluateRule({ missing: ['customer', 'note', 'vin'] }, data)).toEqual(['note', 'vin']);
    expect(evaluateRule({ missing_some: [1, ['note', 'customer']] }, data)).toEqual([]);
  });

  it('runs the array operators with element-scoped data', () => {
    const data = { lines: [{ amount: '10.00' }, { amount: '2.50' }], tags: ['a', 'b'] };
    expect(evaluateRule({ reduce: [{ var: 'lines' }, { '+': [{ var: 'accumulator' }, { var: 'current.amount' }] }, 0] }, data)).toBe(12.5);
    expect(evaluateRule({ map: [{ var: 'lines' }, { var: 'amount' }] }, data)).toEqual(['10.00', '2.50']);
    expect(evaluateRule({ filter: [[1, 2, 3, 4], { '>': [{ var: '' }, 2] }] }, {})).toEqual([3, 4]);
    expect(evaluateRule({ all: [[], true] }, {})).toBe(false);
    expect(evaluateRule({ none: [[], true] }, {})).toBe(true);
    expect(evaluateRule({ some: [{ var: 'tags' }, { '==': [{ var: '' }, 'b'] }] }, data)).toBe(true);
    expect(evaluateRule({ in: ['b', { var: 'tags' }] }, data)).toBe(true);
    expect(evaluateRule({ cat: ['SO-', { substr: ['20240102', 2, -2] }] }, {})).toBe('SO-2401');
    expect(evaluateRule({ merge: [[1], 2, [[3]]] }, {})).toEqual([1, 2, [3]]);
  });
});

describe('evaluateRule safety', () => {
  it('never reads inherited properties', () => {
    expect(evaluateRule({ var: 'toString' }, {})).toBeNull();
    expect(evaluateRule({ var: 'hasOwnProperty' }, { a: 1 })).toBeNull();
    expect(evaluateRule({ var: 'name.toUpperCase' }, { name: 'x' })).toBeNull();
    expect(evaluateRule({ var: 'lines.map' }, { lines: [] })).toBeNull();
    expect(evaluateRule({ missing: ['toString'] }, {})).toEqual(['toString']);
  });

  it('refuses forbidden paths, even when computed at run time', () => {
    expect(() => evaluateRule({ var: '__proto__' }, {})).toThrow(RuleError);
    expect(() => evaluateRule({ var: 'a.constructor' }, { a: {} })).toThrow(/forbidden segment "constructor"/);
    const computed = { missing: { merge: [{ cat: ['__pro', 'to__'] }] } };
    expect(ruleErrorOf(() => evaluateRule(computed, {}))?.code).toBe('rule_forbidden_path');
  });

  it('does not let own "__proto__" keys in data change anything', () => {
    const data = JSON.parse('{"__proto__": {"polluted": 1}, "a": 2}') as Record<string, unknown>;
    expect(evaluateRule({ var: 'polluted' }, data)).toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('checks the rule before evaluating it', () => {
    expect(ruleErrorOf(() => evaluateRule({ log: 'x' }, {}))?.code).toBe('rule_unknown_operator');
  });
});

describe('evaluateRule cost budget', () => {
  const sum = { reduce: [{ var: 'items' }, { '+': [{ var: 'accumulator' }, { var: 'current' }] }, 0] };

  it('evaluates moderate loops', () => {
    const items = Array.from({ length: 1_000 }, (_, i) => i);
    expect(evaluateRule(sum, { items })).toBe(499_500);
  });

  it('stops a reduce over a huge array', () => {
    const items = Array.from({ length: 1_000_000 }, () => 1);
    const error = ruleErrorOf(() => evaluateRule(sum, { items }));
    expect(error?.code).toBe('rule_too_costly');
    expect(error?.message).toBe('rule evaluation needs more than 100000 operations');
  });

  it('stops nested maps that multiply work', () => {
    const items = Array.from({ length: 1_000 }, () => Array.from({ length: 1_000 }, () => 1));
    const rule = { map: [{ var: 'items' }, { map: [{ var: '' }, { '*': [{ var: '' }, 2] }] }] };
    expect(ruleErrorOf(() => evaluateRule(rule, { items }))?.code).toBe('rule_too_costly');
  });

  it('charges bulk work: a quadratic merge and a growing string', () => {
    const items = Array.from({ length: 2_000 }, (_, i) => i);
    const merging = { reduce: [{ var: 'items' }, { merge: [{ var: 'accumulator' }, [{ var: 'current' }]] }, []] };
    expect(ruleErrorOf(() => evaluateRule(merging, { items }))?.code).toBe('rule_too_costly');
    const doubling = { reduce: [{ var: 'items' }, { cat: [{ var: 'accumulator' }, { var: 'accumulator' }] }, 'x'] };
    expect(ruleErrorOf(() => evaluateRule(doubling, { items }))?.code).toBe('rule_too_costly');
  });

  it('honours a smaller maxCost', () => {
    const items = Array.from({ length: 100 }, () => 1);
    expect(ruleErrorOf(() => evaluateRule(sum, { items }, { maxCost: 50 }))?.code).toBe('rule_too_costly');
  });
});
