import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../metadata/field';
import { formatEpochDay } from '../dates';
import { evaluateRule } from '../evaluate-rule';
import { conditionFields, operatorsFor, valueKindOf, type Condition, type ConditionGroup, type ConditionNode, type ConditionValue, type ValueKind } from './condition-tree';
import { FIELDS } from './fields.fixture';
import { ruleToRoot, ruleToTree } from './rule-to-tree';
import { rootToRule, treeToRule } from './tree-to-rule';

const optionValues = (field: FieldDef) => (field.type === 'single_select' || field.type === 'multi_select' ? field.options.map((option) => option.value) : ['x']);
const anyNumber = fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })).filter((n) => !Object.is(n, -0));
const dateText = fc.integer({ min: -700_000, max: 2_900_000 }).map((day) => formatEpochDay(day)).filter((text): text is string => text !== null);

function valueOf(kind: ValueKind, field: FieldDef): fc.Arbitrary<ConditionValue> {
  switch (kind) {
    case 'text':
      return fc.string();
    case 'number':
      return anyNumber;
    case 'boolean':
      return fc.boolean();
    case 'option':
      return fc.oneof(fc.constantFrom(...optionValues(field)), fc.string());
    case 'options':
      return fc.array(fc.oneof(fc.constantFrom(...optionValues(field)), fc.string()), { maxLength: 4 });
    case 'date':
      return dateText;
    case 'days':
      return fc.nat({ max: 3650 });
    case 'none':
      throw new Error('no value for this kind');
  }
}

const condition: fc.Arbitrary<Condition> = fc.constantFrom(...conditionFields(FIELDS)).chain((field) =>
  fc.constantFrom(...operatorsFor(field)).chain((operator) => {
    const kind = valueKindOf(field, operator);
    const base: Condition = { kind: 'condition', field: field.id, operator };
    if (kind === 'none') return fc.constant(base);
    return fc.option(valueOf(kind, field), { nil: undefined }).map((value) => (value === undefined ? base : { ...base, value }));
  }),
);

const { node: tree, group } = fc.letrec<{ node: ConditionNode; group: ConditionGroup }>((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, condition, tie('group')),
  group: fc.record({ kind: fc.constant('group' as const), op: fc.constantFrom('and' as const, 'or' as const), children: fc.array(tie('node'), { maxLength: 4 }) }),
}));

/** Rules are stored as JSON, so the round trip goes through text too. */
const stored = (rule: unknown) => (rule === undefined ? undefined : JSON.parse(JSON.stringify(rule)));

describe('treeToRule / ruleToTree', () => {
  it('ruleToTree(treeToRule(tree)) gives the tree back (property)', () => {
    fc.assert(
      fc.property(tree, (node) => {
        expect(ruleToTree(stored(treeToRule(node, FIELDS)), FIELDS)).toEqual(node);
      }),
      { numRuns: 500 },
    );
  });

  it('every rule the builder writes passes the rule checks and evaluates (property)', () => {
    const record = { total_amount: '1000.01', qty: 3, notes: 'rush', status: 'paid', tags: ['vip'], due_on: '2024-03-10', paid_at: '2024-03-16T08:00:00Z', is_gift: false, customer: null };
    fc.assert(
      fc.property(tree, (node) => {
        expect(() => evaluateRule(treeToRule(node, FIELDS), record, { now: new Date('2024-03-16T12:00:00Z') })).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });

  it('the top-level group round-trips, a lone condition being stored bare (property)', () => {
    fc.assert(
      fc.property(group, (root) => {
        const rule = rootToRule(root, FIELDS);
        const lone = root.children.length === 1 && root.children[0].kind === 'condition';
        if (lone) expect(rule).toEqual(treeToRule(root.children[0], FIELDS));
        if (root.children.length === 0) expect(rule).toBeUndefined();
        const expected = root.children.length === 0 || lone ? { ...root, op: 'and' } : root;
        expect(ruleToRoot(stored(rule), FIELDS)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
