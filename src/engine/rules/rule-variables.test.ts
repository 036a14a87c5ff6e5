import { describe, expect, it } from 'vitest';
import { RuleError } from './rule-error';
import { ruleVariables } from './rule-variables';

describe('ruleVariables', () => {
  it('lists the distinct top-level fields a rule reads', () => {
    const rule = { '*': [{ var: 'unit_price' }, { var: 'qty' }, { var: ['unit_price', 0] }, { var: 'customer.level' }] };
    expect(ruleVariables(rule)).toEqual(['unit_price', 'qty', 'customer']);
  });

  it('includes literal missing keys and rules inside defaults', () => {
    expect(ruleVariables({ missing: ['a', 'b.c'] })).toEqual(['a', 'b']);
    expect(ruleVariables({ missing_some: [1, ['x', 'y']] })).toEqual(['x', 'y']);
    expect(ruleVariables({ var: ['a', { var: 'b' }] })).toEqual(['a', 'b']);
  });

  it('ignores paths inside per-element logic, which name the element', () => {
    const rule = { reduce: [{ var: 'lines' }, { '+': [{ var: 'accumulator' }, { var: 'current.line_amount' }] }, { var: 'shipping' }] };
    expect(ruleVariables(rule)).toEqual(['lines', 'shipping']);
    expect(ruleVariables({ filter: [{ var: 'tags' }, { '==': [{ var: '' }, { var: 'x' }] }] })).toEqual(['tags']);
    expect(ruleVariables({ var: '' })).toEqual([]);
  });

  it('throws RuleError for an invalid rule', () => {
    expect(() => ruleVariables({ var: '__proto__' })).toThrow(RuleError);
  });
});
