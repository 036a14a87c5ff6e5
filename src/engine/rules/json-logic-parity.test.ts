import fc from 'fast-check';
import jsonLogic from 'json-logic-js';
import { describe, expect, it } from 'vitest';
import { evaluateRule } from './evaluate-rule';

/*
 * Our interpreter must mean what json-logic-js means for every allow-listed operator, so rules
 * written against json-logic documentation behave as documented. Paths are limited to own data
 * properties, where the two are meant to agree (inherited ones are where we deliberately differ).
 */

const data = {
  a: 1,
  b: '2',
  c: '12.50',
  d: [1, 2, 3],
  e: null,
  f: '',
  g: true,
  s: 'hello',
  list: [{ x: 1 }, { x: 2, y: 'z' }, { x: '3' }],
};
const paths = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 's', 'list', 'nope', 'd.1', 's.0', 'list.1.y', 'list.0.x', '', 'x', 'y', 'current', 'accumulator', 'current.x'];

const literal = fc.oneof(
  fc.integer({ min: -3, max: 12 }),
  fc.constantFrom(0.5, -1.25, '', '0', '1', '12.50', 'abc', 'h', 'x', true, false, null),
);
const variable = fc.oneof(
  fc.constantFrom(...paths).map((path) => ({ var: path })),
  fc.tuple(fc.constantFrom(...paths), literal).map(([path, fallback]) => ({ var: [path, fallback] })),
);

const PLAIN = ['==', '===', '!=', '!==', '>', '>=', '<', '<=', '!', '!!', 'or', 'and', 'if', '?:', 'max', 'min', '+', '-', '*', '/', '%', 'in', 'cat', 'merge'];
const SCOPED = ['map', 'filter', 'all', 'none', 'some'];

const { rule } = fc.letrec<{ rule: unknown; operation: unknown }>((tie) => ({
  rule: fc.oneof(
    { depthSize: 'medium', maxDepth: 6, withCrossShrink: true },
    literal,
    variable,
    fc.array(literal, { maxLength: 3 }),
    { arbitrary: tie('operation'), weight: 3 },
  ),
  operation: fc.oneof(
    fc.tuple(fc.constantFrom(...PLAIN), fc.array(tie('rule'), { minLength: 1, maxLength: 4 })).map(([op, args]) => ({ [op]: args })),
    fc.tuple(fc.constantFrom(...SCOPED), tie('rule'), tie('rule')).map(([op, list, logic]) => ({ [op]: [list, logic] })),
    fc.tuple(tie('rule'), tie('rule'), fc.option(tie('rule'), { nil: undefined })).map(([list, logic, seed]) => ({
      reduce: seed === undefined ? [list, logic] : [list, logic, seed],
    })),
    fc.tuple(tie('rule'), fc.integer({ min: -6, max: 6 }), fc.option(fc.integer({ min: -6, max: 6 }), { nil: undefined })).map(([text, start, end]) => ({
      substr: end === undefined ? [text, start] : [text, start, end],
    })),
    fc.array(fc.constantFrom(...paths), { maxLength: 4 }).map((keys) => ({ missing: keys })),
    fc.tuple(fc.integer({ min: 0, max: 3 }), fc.array(fc.constantFrom(...paths), { maxLength: 4 })).map(([need, keys]) => ({ missing_some: [need, keys] })),
  ),
}));

describe('parity with json-logic-js', () => {
  it('gives the same result for generated rules', () => {
    fc.assert(
      fc.property(rule, (generated) => {
        expect(evaluateRule(generated, structuredClone(data))).toEqual(jsonLogic.apply(generated as jsonLogic.RulesLogic, structuredClone(data)));
      }),
      { numRuns: 10_000 },
    );
  });

  it('agrees on the documented examples', () => {
    const examples: [unknown, Record<string, unknown>][] = [
      // Found by the property above: json-logic-js re-parses the running product, so -0 becomes 0.
      [{ '*': [{ min: [[]] }, -1, 0] }, {}],
      [{ if: [{ '<': [{ var: 'temp' }, 0] }, 'freezing', { '<': [{ var: 'temp' }, 100] }, 'liquid', 'gas'] }, { temp: 55 }],
      [{ missing: { merge: ['vin', { if: [{ var: 'financing' }, ['apr', 'term'], []] }] } }, { financing: true }],
      [{ cat: ['I love', ' pie'] }, {}],
      [{ substr: ['jsonlogic', -5] }, {}],
      [{ substr: ['jsonlogic', 1, -1] }, {}],
      [{ in: ['Spring', 'Springfield'] }, {}],
      [{ '*': ['3'] }, {}],
      [{ '-': [2] }, {}],
      [{ '+': [] }, {}],
      [{ max: [] }, {}],
      [{ and: [] }, {}],
      [{ if: [] }, {}],
    ];
    for (const [example, exampleData] of examples) {
      expect(evaluateRule(example, exampleData)).toEqual(jsonLogic.apply(example as jsonLogic.RulesLogic, exampleData));
    }
  });
});
