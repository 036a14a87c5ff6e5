import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EntityDef } from '../../metadata/entity';
import { computeFormulas } from '../compute-formulas';
import { evaluateRule } from '../evaluate-rule';
import { describeFormula, describeFormulaTree } from './describe-formula';
import { FIELDS } from './fields.fixture';
import { addFormulaChild, changeFormulaKind, removeFormulaChild, updateFormulaAt, withArithmeticOperator } from './formula-edit';
import { formulaToRule, ruleToFormula, type FormulaNode } from './formula-tree';

const field = (id: string): FormulaNode => ({ kind: 'field', field: id });
const num = (value: number): FormulaNode => ({ kind: 'number', value });

const { node: formula } = fc.letrec<{ node: FormulaNode }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...FIELDS.map((candidate) => candidate.id)).map(field),
    fc.option(fc.integer({ min: -1e9, max: 1e9 }), { nil: null }).map((value): FormulaNode => ({ kind: 'number', value })),
    fc.string().map((value): FormulaNode => ({ kind: 'text', value })),
    fc.constant<FormulaNode>({ kind: 'today' }),
    fc.oneof(
      fc.record({ kind: fc.constant('arithmetic' as const), op: fc.constantFrom('+' as const, '*' as const), operands: fc.array(tie('node'), { minLength: 2, maxLength: 3 }) }),
      fc.record({ kind: fc.constant('arithmetic' as const), op: fc.constantFrom('-' as const, '/' as const), operands: fc.array(tie('node'), { minLength: 2, maxLength: 2 }) }),
    ),
    fc.record({ kind: fc.constant('round' as const), value: tie('node'), places: fc.integer({ min: 0, max: 10 }) }),
    fc.record({ kind: fc.constant('concat' as const), parts: fc.array(tie('node'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ kind: fc.constant('date_diff' as const), from: tie('node'), to: tie('node'), unit: fc.constantFrom('day' as const, 'month' as const, 'year' as const) }),
  ),
}));

describe('formulaToRule / ruleToFormula', () => {
  it('ruleToFormula(formulaToRule(tree)) gives the tree back (property)', () => {
    fc.assert(
      fc.property(formula, (tree) => {
        expect(ruleToFormula(JSON.parse(JSON.stringify(formulaToRule(tree))), FIELDS)).toEqual(tree);
      }),
      { numRuns: 500 },
    );
  });

  it('gives up on expressions it cannot show', () => {
    const handWritten = [
      { '-': [{ var: 'qty' }] }, // negation
      { '+': [{ var: 'qty' }] }, // cast to number
      { '/': [1, 2, 3] },
      { round: [{ var: 'qty' }, 2.5] },
      { round: [{ var: 'qty' }, 11] },
      { var: 'nope' },
      { if: [true, 1, 2] },
      { date_diff: [{ var: 'due_on' }, { today: [] }, 'week'] },
      { cat: [] },
      true,
      [1, 2],
    ];
    for (const rule of handWritten) expect(ruleToFormula(rule, FIELDS), JSON.stringify(rule)).toBeNull();
    expect(ruleToFormula({ round: [{ var: 'qty' }] }, FIELDS)).toEqual({ kind: 'round', value: field('qty'), places: 0 });
  });
});

describe('evaluating built formulas', () => {
  const now = new Date('2024-03-16T12:00:00Z');
  const run = (tree: FormulaNode, record: Record<string, unknown>) => evaluateRule(formulaToRule(tree), record, { now, exactArithmetic: true });

  it('does exact decimal arithmetic on money text', () => {
    const amount: FormulaNode = { kind: 'arithmetic', op: '*', operands: [field('unit_price'), field('qty')] };
    expect(run(amount, { unit_price: '19.99', qty: 3 })).toBe(59.97);
    const net: FormulaNode = { kind: 'arithmetic', op: '-', operands: [field('total_amount'), num(0.1)] };
    expect(run(net, { total_amount: '0.3' })).toBe(0.2);
  });

  it('rounds a quotient to N places, half away from zero', () => {
    const share: FormulaNode = { kind: 'round', value: { kind: 'arithmetic', op: '/', operands: [field('total_amount'), num(3)] }, places: 2 };
    expect(run(share, { total_amount: '100' })).toBe(33.33);
    expect(run({ kind: 'round', value: field('total_amount'), places: 1 }, { total_amount: '2.25' })).toBe(2.3);
  });

  it('joins text and counts days, months and years between dates', () => {
    expect(run({ kind: 'concat', parts: [field('notes'), { kind: 'text', value: ' / ' }, field('qty')] }, { notes: 'A', qty: 2 })).toBe('A / 2');
    expect(run({ kind: 'date_diff', from: field('due_on'), to: { kind: 'today' }, unit: 'day' }, { due_on: '2024-03-01' })).toBe(15);
    expect(run({ kind: 'date_diff', from: field('due_on'), to: field('paid_at'), unit: 'month' }, { due_on: '2024-01-31', paid_at: '2024-03-30T10:00:00Z' })).toBe(1);
    expect(run({ kind: 'date_diff', from: field('due_on'), to: { kind: 'today' }, unit: 'year' }, { due_on: '2000-03-17' })).toBe(23);
  });

  it('computes a formula field through the engine', () => {
    const entity: EntityDef = {
      schemaVersion: 1,
      key: 'order_lines',
      label: { 'zh-CN': '明细' },
      fields: [
        { id: 'unit_price', type: 'money', currency: 'CNY', label: { 'zh-CN': '单价' } },
        { id: 'qty', type: 'number', integer: true, precision: 18, scale: 0, label: { 'zh-CN': '数量' } },
        {
          id: 'line_amount',
          type: 'formula',
          resultType: 'money',
          label: { 'zh-CN': '金额' },
          expression: formulaToRule({ kind: 'arithmetic', op: '*', operands: [field('unit_price'), field('qty')] }),
        },
      ],
    };
    expect(computeFormulas(entity, { unit_price: '0.10', qty: 3 }).line_amount).toBe('0.30');
  });
});

describe('editing formulas', () => {
  const sum: FormulaNode = { kind: 'arithmetic', op: '+', operands: [field('qty'), num(1), num(2)] };

  it('wraps the current expression when turning it into a compound one', () => {
    expect(changeFormulaKind(field('qty'), 'round', FIELDS)).toEqual({ kind: 'round', value: field('qty'), places: 2 });
    expect(changeFormulaKind(field('qty'), 'arithmetic', FIELDS)).toEqual({ kind: 'arithmetic', op: '+', operands: [field('qty'), num(0)] });
    expect(changeFormulaKind(field('due_on'), 'date_diff', FIELDS)).toEqual({ kind: 'date_diff', from: field('due_on'), to: { kind: 'today' }, unit: 'day' });
    expect(changeFormulaKind(sum, 'field', FIELDS)).toEqual(field('total_amount'));
    expect(changeFormulaKind(num(3), 'field', [])).toEqual(num(0));
  });

  it('keeps operand counts valid', () => {
    expect(withArithmeticOperator(sum, '-')).toEqual({ kind: 'arithmetic', op: '-', operands: [field('qty'), num(1)] });
    expect(removeFormulaChild(sum, 0)).toEqual({ ...sum, operands: [num(1), num(2)] });
    expect(removeFormulaChild(removeFormulaChild(sum, 0), 0)).toEqual({ ...sum, operands: [num(1), num(2)] });
    expect(addFormulaChild(withArithmeticOperator(sum, '/'), num(5))).toEqual(withArithmeticOperator(sum, '/'));
    expect(updateFormulaAt({ kind: 'round', value: sum, places: 2 }, [0, 2], () => num(9))).toEqual({ kind: 'round', value: { ...sum, operands: [field('qty'), num(1), num(9)] }, places: 2 });
  });
});

describe('describeFormula', () => {
  it('reads a formula with field labels in both languages', () => {
    const rule = { round: [{ '*': [{ var: 'unit_price' }, { '+': [{ var: 'qty' }, 1] }] }, 2] };
    expect(describeFormula(rule, FIELDS, 'en')).toBe('round(Unit price × (Quantity + 1), 2 decimals)');
    expect(describeFormula(rule, FIELDS, 'zh-CN')).toBe('四舍五入(单价 × (数量 + 1), 2 位小数)');
    expect(describeFormulaTree({ kind: 'date_diff', from: field('due_on'), to: { kind: 'today' }, unit: 'month' }, FIELDS, 'en')).toBe('months from Due on to today');
    expect(describeFormulaTree({ kind: 'concat', parts: [field('notes'), { kind: 'text', value: '-' }] }, FIELDS, 'zh-CN')).toBe('连接(备注, “-”)');
    expect(describeFormula({ if: [] }, FIELDS, 'en')).toBeNull();
  });
});
