import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEntityDef, type EntityDef } from '../metadata';
import { checkFormulas, computeFormulas } from './compute-formulas';
import { RuleError } from './rule-error';

const label = { 'zh-CN': '字段' };

function entity(fields: Record<string, unknown>[]): EntityDef {
  return parseEntityDef({ schemaVersion: 1, key: 'order_lines', label, fields: fields.map((field) => ({ label, ...field })) });
}

const formula = (id: string, expression: unknown, resultType = 'money', extra: Record<string, unknown> = {}) => ({
  id, type: 'formula', expression, resultType, ...extra,
});

const orderLine = entity([
  { id: 'unit_price', type: 'money' },
  { id: 'qty', type: 'number', integer: true, scale: 0 },
  formula('line_amount', { '*': [{ var: 'unit_price' }, { var: 'qty' }] }),
]);

function formatCents(cents: bigint): string {
  const magnitude = cents < 0n ? -cents : cents;
  return `${cents < 0n ? '-' : ''}${magnitude / 100n}.${String(magnitude % 100n).padStart(2, '0')}`;
}

describe('computeFormulas money and numbers', () => {
  it('computes money exact to the cent', () => {
    expect(computeFormulas(orderLine, { unit_price: '19.99', qty: 3 }).line_amount).toBe('59.97');
    const sum = entity([{ id: 'a', type: 'money' }, { id: 'b', type: 'money' }, formula('total', { '+': [{ var: 'a' }, { var: 'b' }] })]);
    expect(computeFormulas(sum, { a: 0.1, b: 0.2 }).total).toBe('0.30');
  });

  it('rounds numbers to the field scale, half away from zero on the decimal text', () => {
    const rounding = entity([
      { id: 'x', type: 'number' },
      formula('two', { var: 'x' }, 'number'),
      formula('none', { var: 'x' }, 'number', { scale: 0 }),
      formula('four', { '/': [{ var: 'x' }, 3] }, 'number', { scale: 4 }),
    ]);
    expect(computeFormulas(rounding, { x: '1.005' })).toMatchObject({ two: '1.01', none: '1', four: '0.3350' });
    expect(computeFormulas(rounding, { x: -2.5 })).toMatchObject({ two: '-2.50', none: '-3' });
  });

  it('gives null for a missing, NaN or infinite result', () => {
    // json-logic's "*" reads operands with parseFloat, so an empty price is NaN, not 0.
    expect(computeFormulas(orderLine, { unit_price: null, qty: 3 }).line_amount).toBeNull();
    expect(computeFormulas(orderLine, { unit_price: 'n/a', qty: 3 }).line_amount).toBeNull();
    const ratio = entity([{ id: 'a', type: 'number' }, formula('r', { '/': [1, { var: 'a' }] }, 'number')]);
    expect(computeFormulas(ratio, { a: 0 }).r).toBeNull();
    expect(computeFormulas(ratio, {}).r).toBeNull();
  });

  it('equals the exact cents product for any price and quantity (property)', () => {
    const fromCents = entity([
      { id: 'cents', type: 'number', integer: true, scale: 0 },
      { id: 'qty', type: 'number', integer: true, scale: 0 },
      formula('amount', { '*': [{ '/': [{ var: 'cents' }, 100] }, { var: 'qty' }] }),
    ]);
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }), fc.integer({ min: 1, max: 1000 }), (cents, qty) => {
        const exact = formatCents(BigInt(cents) * BigInt(qty));
        expect(computeFormulas(fromCents, { cents, qty }).amount).toBe(exact);
        expect(computeFormulas(orderLine, { unit_price: formatCents(BigInt(cents)), qty }).line_amount).toBe(exact);
      }),
    );
  });
});

describe('computeFormulas other result types', () => {
  const order = entity([
    { id: 'ordered_on', type: 'date' },
    { id: 'customer_name', type: 'text' },
    { id: 'lines', type: 'child_table', entity: 'order_lines' },
    formula('due_on', { date_add: [{ var: 'ordered_on' }, 30, 'day'] }, 'date'),
    formula('overdue', { '>': [{ date_diff: [{ var: 'due_on' }, { today: [] }, 'day'] }, 0] }, 'boolean'),
    formula('title', { cat: ['Order for ', { var: 'customer_name' }] }, 'text'),
    formula('has_lines', { var: 'lines' }, 'boolean'),
    formula('total', { reduce: [{ var: 'lines' }, { '+': [{ var: 'accumulator' }, { var: 'current.line_amount' }] }, 0] }),
  ]);

  it('shapes dates, booleans, text and totals over line items', () => {
    const values = { ordered_on: '2024-01-10', customer_name: 'Acme', lines: [{ line_amount: '59.97' }, { line_amount: '0.03' }] };
    const result = computeFormulas(order, values, { now: new Date('2024-03-01T00:00:00Z') });
    expect(result).toMatchObject({ due_on: '2024-02-09', overdue: true, title: 'Order for Acme', has_lines: true, total: '60.00' });
    expect(computeFormulas(order, { lines: [] }).has_lines).toBe(false);
    expect(computeFormulas(order, { ordered_on: 'soon' }).due_on).toBeNull();
  });

  it('returns a new object and leaves the input alone', () => {
    const values = { unit_price: '1.00', qty: 2, line_amount: '999.00' };
    const result = computeFormulas(orderLine, values);
    expect(result).not.toBe(values);
    expect(values.line_amount).toBe('999.00');
    expect(result.line_amount).toBe('2.00');
  });
});

describe('computeFormulas ordering', () => {
  it('computes formulas after the formulas they read, whatever the declared order', () => {
    const chain = entity([
      formula('gross', { '*': [{ var: 'net' }, 1.13] }),
      formula('net', { '*': [{ var: 'unit_price' }, { var: 'qty' }] }),
      { id: 'unit_price', type: 'money' },
      { id: 'qty', type: 'number' },
    ]);
    // The client's stale "net" must not leak into "gross".
    expect(computeFormulas(chain, { unit_price: '10.00', qty: 2, net: '1.00' })).toMatchObject({ net: '20.00', gross: '22.60' });
  });

  it('reports a cycle as a RuleError naming its path', () => {
    const cyclic = entity([formula('a', { '+': [{ var: 'b' }, 1] }), formula('b', { '+': [{ var: 'a' }, 1] })]);
    expect(() => computeFormulas(cyclic, {})).toThrow(new RuleError('rule_invalid', 'formula fields a → b → a form a cycle'));
    try {
      computeFormulas(cyclic, {});
    } catch (error) {
      expect((error as RuleError).code).toBe('rule_invalid');
    }
  });

  it('skips removed formula fields', () => {
    const withRemoved = entity([{ id: 'x', type: 'number' }, formula('old', { var: 'x' }, 'number', { removed: true })]);
    expect(computeFormulas(withRemoved, { x: 5, old: 'kept' }).old).toBe('kept');
  });

  it('names the formula when evaluation fails', () => {
    const costly = entity([
      { id: 'items', type: 'child_table', entity: 'order_lines' },
      formula('n', { reduce: [{ var: 'items' }, { '+': [{ var: 'accumulator' }, 1] }, 0] }, 'number'),
    ]);
    expect(() => computeFormulas(costly, { items: new Array(200_000).fill(0) })).toThrow(/^formula "n": rule evaluation needs more than/);
  });
});

describe('checkFormulas', () => {
  it('accepts good formulas', () => {
    expect(checkFormulas(orderLine)).toEqual([]);
  });

  it('lists invalid rules, unknown and removed fields, and cycles', () => {
    const bad = entity([
      { id: 'qty', type: 'number' },
      { id: 'legacy', type: 'number', removed: true },
      formula('f_unknown_op', { log: [1] }),
      formula('f_proto', { var: 'qty.__proto__' }),
      formula('f_unknown_field', { '*': [{ var: 'qty' }, { var: 'price' }] }),
      formula('f_removed', { var: 'legacy' }),
      formula('f_self', { '+': [{ var: 'f_self' }, 1] }),
      formula('f_a', { var: 'f_b' }),
      formula('f_b', { var: 'f_c' }),
      formula('f_c', { var: 'f_a' }),
    ]);
    expect(checkFormulas(bad)).toEqual([
      'formula "f_unknown_op": unknown operator "log"',
      'formula "f_proto": var path "qty.__proto__" uses the forbidden segment "__proto__"',
      'formula "f_unknown_field" references unknown field "price"',
      'formula "f_removed" references removed field "legacy"',
      'formula fields f_self → f_self form a cycle',
      'formula fields f_a → f_b → f_c → f_a form a cycle',
    ]);
  });

  it('reports a missing expression', () => {
    expect(checkFormulas(entity([formula('empty', undefined)]))).toEqual(['formula "empty": rule is missing']);
  });
});
