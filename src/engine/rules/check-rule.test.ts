import { describe, expect, it } from 'vitest';
import { checkRule } from './check-rule';
import { RULE_LIMITS } from './limits';
import { RuleError, type RuleErrorCode } from './rule-error';

/** `depth` nested `!` operators around `true`: depth 1 is {"!": [true]}. */
function nestedNot(depth: number): unknown {
  let rule: unknown = true;
  for (let i = 0; i < depth; i += 1) rule = { '!': [rule] };
  return rule;
}

function codeOf(rule: unknown): RuleErrorCode | 'ok' | 'other' {
  try {
    checkRule(rule);
    return 'ok';
  } catch (error) {
    return error instanceof RuleError ? error.code : 'other';
  }
}

describe('checkRule depth', () => {
  it('accepts 64 levels and refuses 65', () => {
    expect(codeOf(nestedNot(64))).toBe('ok');
    expect(codeOf(nestedNot(65))).toBe('rule_too_deep');
    expect(() => checkRule(nestedNot(65))).toThrow('rule is nested deeper than 64 levels');
  });

  it('counts array literals as levels but not an operator’s own argument list', () => {
    let rule: unknown = 1;
    for (let i = 0; i < 64; i += 1) rule = [rule];
    expect(codeOf(rule)).toBe('ok');
    expect(codeOf([rule])).toBe('rule_too_deep');
    expect(codeOf({ '!': nestedNot(63) })).toBe('ok');
  });

  it('refuses a 100,000-level document with a RuleError, not a stack overflow', () => {
    const deep = nestedNot(100_000);
    let arrays: unknown = 0;
    for (let i = 0; i < 100_000; i += 1) arrays = [arrays];
    for (const rule of [deep, arrays]) {
      let caught: unknown;
      try {
        checkRule(rule);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(RuleError);
      expect((caught as RuleError).code).toBe('rule_too_deep');
    }
  });

  it('terminates on a cyclic object', () => {
    const loop: Record<string, unknown[]> = { '!': [] };
    loop['!'].push(loop);
    expect(codeOf(loop)).toBe('rule_too_deep');
  });
});

describe('checkRule size', () => {
  it('refuses more than 5,000 nodes', () => {
    expect(codeOf({ '+': new Array(RULE_LIMITS.maxNodes - 1).fill(1) })).toBe('ok');
    expect(codeOf({ '+': new Array(RULE_LIMITS.maxNodes).fill(1) })).toBe('rule_too_large');
    expect(() => checkRule({ '+': new Array(10_000).fill(1) })).toThrow('rule has more than 5000 nodes');
  });

  it('refuses a sparse array of huge length without walking it', () => {
    expect(codeOf({ merge: [new Array(1e9)] })).toBe('rule_too_large');
  });

  it('refuses more than 64 KB of JSON, counted in UTF-8 bytes', () => {
    expect(codeOf({ cat: ['x'.repeat(60_000)] })).toBe('ok');
    expect(codeOf({ cat: ['x'.repeat(70_000)] })).toBe('rule_too_large');
    expect(codeOf({ cat: new Array(3_000).fill('y'.repeat(30)) })).toBe('rule_too_large');
    // 30,000 CJK characters are 90,000 bytes.
    expect(codeOf({ cat: ['订'.repeat(30_000)] })).toBe('rule_too_large');
    expect(() => checkRule('x'.repeat(1_000_000))).toThrow('rule is larger than 65536 bytes of JSON');
  });
});

describe('checkRule operators and shapes', () => {
  it('accepts the allow-listed operators, ours included', () => {
    expect(codeOf({ and: [{ '>=': [{ var: 'qty' }, 1] }, { in: [{ var: 'status' }, ['draft', 'paid']] }] })).toBe('ok');
    expect(codeOf({ round: [{ '*': [{ var: 'price' }, 3] }, 2] })).toBe('ok');
    expect(codeOf({ date_add: [{ today: [] }, 30, 'day'] })).toBe('ok');
    expect(codeOf({ reduce: [{ var: 'lines' }, { '+': [{ var: 'accumulator' }, { var: 'current.amount' }] }, 0] })).toBe('ok');
  });

  it('refuses unknown operators, including prototype names', () => {
    for (const op of ['log', 'method', 'Math.max', 'constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(codeOf(JSON.parse(`{"${op}": [1]}`))).toBe('rule_unknown_operator');
    }
    expect(() => checkRule({ log: 'x' })).toThrow('unknown operator "log"');
  });

  it('refuses objects that are not a single operation, and values that are not JSON', () => {
    expect(codeOf({})).toBe('rule_invalid');
    expect(codeOf({ var: 'a', cat: [] })).toBe('rule_invalid');
    expect(codeOf(undefined)).toBe('rule_invalid');
    expect(codeOf({ '+': [Number.NaN] })).toBe('rule_invalid');
    expect(codeOf({ '+': [() => 1] })).toBe('rule_invalid');
    expect(codeOf({ '+': [new Date()] })).toBe('rule_invalid');
    expect(codeOf({ '*': [] })).toBe('rule_invalid');
    expect(codeOf({ date_add: ['2024-01-01', 1, 'fortnight'] })).toBe('rule_invalid');
  });

  it('accepts plain literals as rules', () => {
    for (const rule of [null, true, 0, 'text', [1, 'a', null]]) expect(codeOf(rule)).toBe('ok');
  });
});

describe('checkRule var paths', () => {
  it('refuses __proto__, constructor and prototype anywhere in a path', () => {
    for (const path of ['__proto__', 'a.__proto__', 'constructor', 'customer.constructor.name', 'a.prototype.b']) {
      expect(codeOf({ var: path })).toBe('rule_forbidden_path');
      expect(codeOf({ var: [path, 0] })).toBe('rule_forbidden_path');
      expect(codeOf({ missing: [path] })).toBe('rule_forbidden_path');
      expect(codeOf({ missing_some: [1, ['a', path]] })).toBe('rule_forbidden_path');
    }
    expect(() => checkRule({ var: 'a.__proto__.polluted' })).toThrow('var path "a.__proto__.polluted" uses the forbidden segment "__proto__"');
  });

  it('allows segments that merely contain a forbidden word', () => {
    expect(codeOf({ var: 'constructor_name' })).toBe('ok');
    expect(codeOf({ var: 'my_prototype.x' })).toBe('ok');
  });

  it('refuses computed var paths, which would hide what a rule depends on', () => {
    expect(codeOf({ var: { cat: ['__pro', 'to__'] } })).toBe('rule_invalid');
    expect(codeOf({ var: [['a']] })).toBe('rule_invalid');
  });
});
