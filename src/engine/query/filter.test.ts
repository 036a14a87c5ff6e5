import { describe, expect, it } from 'vitest';
import { orderLines, orders, samples, UUID_A } from '../records/test-fixtures';
import { compileFilter, type FilterAst } from './filter';

const one = (field: string, op: string, value?: unknown, entity = samples) => compileFilter(entity, { field, op, ...(value === undefined ? {} : { value }) });
const codeOf = (result: ReturnType<typeof compileFilter>) => (result.ok ? 'ok' : result.problems.map((problem) => problem.code).join(','));
const astOf = (result: ReturnType<typeof compileFilter>): FilterAst | null => {
  if (!result.ok) throw new Error(result.problems.map((problem) => `${problem.path}: ${problem.message}`).join('; '));
  return result.ast;
};

describe('compileFilter: shape', () => {
  it('no filter gives a null AST', () => {
    for (const raw of [null, undefined, '', '  ', 'null', { and: [] }, '{"or":[]}']) expect(compileFilter(orders, raw)).toEqual({ ok: true, ast: null });
  });

  it('parses JSON text and nested groups', () => {
    const raw = JSON.stringify({ and: [{ field: 'status', op: 'eq', value: 'paid' }, { or: [{ field: 'tags', op: 'contains', value: 'vip' }, { field: 'notes', op: 'isNull' }] }] });
    expect(astOf(compileFilter(orders, raw))).toEqual({
      kind: 'and',
      items: [
        { kind: 'compare', field: 'status', valueType: 'text', op: 'eq', value: 'paid' },
        {
          kind: 'or',
          items: [
            { kind: 'compare', field: 'tags', valueType: 'text_array', op: 'contains', value: ['vip'] },
            { kind: 'compare', field: 'notes', valueType: 'text', op: 'isNull', value: true },
          ],
        },
      ],
    });
  });

  it('accepts a single condition at the top level', () => {
    expect(astOf(compileFilter(orders, { field: 'status', op: 'ne', value: 'draft' }))).toEqual({
      kind: 'compare',
      field: 'status',
      valueType: 'text',
      op: 'ne',
      value: 'draft',
    });
  });

  it('refuses malformed JSON and malformed nodes', () => {
    expect(compileFilter(orders, '{"and":[')).toEqual({ ok: false, problems: [{ path: '', code: 'invalid_filter', message: 'The filter is not valid JSON' }] });
    expect(codeOf(compileFilter(orders, '[1]'))).toBe('invalid_filter');
    expect(codeOf(compileFilter(orders, 42))).toBe('invalid_filter');
    expect(codeOf(compileFilter(orders, { and: {} }))).toBe('invalid_filter');
    expect(codeOf(compileFilter(orders, { and: [], or: [] }))).toBe('invalid_filter');
    expect(codeOf(compileFilter(orders, { field: 'status', op: 'eq', value: 'paid', and: [] }))).toBe('invalid_filter');
    expect(codeOf(compileFilter(orders, { field: 'status', op: 'eq', value: 'paid', extra: 1 }))).toBe('invalid_filter');
    expect(codeOf(compileFilter(orders, { field: 'status' }))).toBe('invalid_filter');
    expect(codeOf(compileFilter(orders, { and: [{ and: [] }] }))).toBe('invalid_filter');
  });

  it('limits nesting to 5 groups and conditions to 100', () => {
    const nest = (depth: number): unknown => (depth === 0 ? { field: 'status', op: 'eq', value: 'paid' } : { and: [nest(depth - 1)] });
    expect(compileFilter(orders, nest(5)).ok).toBe(true);
    expect(codeOf(compileFilter(orders, nest(6)))).toBe('too_complex');
    const conditions = (count: number) => ({ or: Array.from({ length: count }, () => ({ field: 'status', op: 'eq', value: 'paid' })) });
    expect(compileFilter(orders, conditions(100)).ok).toBe(true);
    expect(compileFilter(orders, conditions(101))).toMatchObject({ ok: false, problems: [{ code: 'too_complex', path: 'or[100]' }] });
    expect(codeOf(compileFilter(orders, 'x'.repeat(40_000)))).toBe('too_complex');
  });

  it('reports every problem with a path', () => {
    const result = compileFilter(orders, {
      and: [
        { field: 'nope', op: 'eq', value: 1 },
        { or: [{ field: 'status', op: 'gt', value: 'paid' }, { field: 'status', op: 'eq', value: 'lost' }] },
        { field: 'status', op: 'like', value: 'x' },
      ],
    });
    expect(result.ok ? [] : result.problems.map((problem) => `${problem.path}:${problem.code}`)).toEqual([
      'and[0].field:unknown_field',
      'and[1].or[0].op:unsupported_op',
      'and[1].or[1].value:invalid_value',
      'and[2].op:unsupported_op',
    ]);
  });
});

describe('compileFilter: fields', () => {
  it('refuses unknown, removed and child-table fields', () => {
    expect(one('nope', 'eq', 'x', orders)).toEqual({ ok: false, problems: [{ path: 'field', code: 'unknown_field', message: 'Unknown field "nope"' }] });
    expect(codeOf(one('old_channel', 'eq', 'x', orders))).toBe('unknown_field');
    expect(codeOf(one('parent_id', 'eq', UUID_A, orders))).toBe('unknown_field');
    expect(one('lines', 'isNull', true, orders)).toMatchObject({ ok: false, problems: [{ code: 'unsupported_op', message: expect.stringContaining('child rows') }] });
  });

  it('filters on system columns', () => {
    expect(astOf(one('id', 'in', [UUID_A.toUpperCase()]))).toMatchObject({ valueType: 'uuid', value: [UUID_A] });
    expect(astOf(one('version', 'gte', '2'))).toMatchObject({ valueType: 'integer', value: 2 });
    expect(astOf(one('created_at', 'between', ['2026-03-01T00:00:00+08:00', '2026-03-02T00:00:00Z']))).toMatchObject({
      valueType: 'datetime',
      value: ['2026-02-28T16:00:00.000Z', '2026-03-02T00:00:00.000Z'],
    });
    expect(astOf(one('updated_at', 'isNull', false))).toMatchObject({ value: false });
    expect(astOf(one('created_by', 'eq', UUID_A))).toMatchObject({ valueType: 'uuid' });
    expect(astOf(one('parent_id', 'eq', UUID_A, orderLines))).toMatchObject({ valueType: 'uuid' });
    expect(codeOf(one('created_by', 'gt', UUID_A))).toBe('unsupported_op');
  });
});

describe('compileFilter: operators by type', () => {
  const ALL = ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'in', 'between', 'contains', 'isNull'];
  const sampleValue: Record<string, (op: string) => unknown> = {
    name: (op) => (op === 'in' || op === 'between' ? ['a', 'b'] : 'a'),
    price: (op) => (op === 'in' || op === 'between' ? ['1', '2'] : '1'),
    born_on: (op) => (op === 'in' || op === 'between' ? ['2026-01-01', '2026-02-01'] : '2026-01-01'),
    active: (op) => (op === 'in' || op === 'between' ? [true, false] : true),
    owner: (op) => (op === 'in' || op === 'between' ? [UUID_A, UUID_A] : UUID_A),
    colors: () => 'red',
  };
  const allowed: Record<string, string[]> = {
    name: ['eq', 'ne', 'in', 'contains', 'isNull'],
    price: ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'in', 'between', 'isNull'],
    born_on: ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'in', 'between', 'isNull'],
    active: ['eq', 'ne', 'isNull'],
    owner: ['eq', 'ne', 'in', 'isNull'],
    colors: ['contains', 'isNull'],
  };

  for (const [id, ops] of Object.entries(allowed)) {
    it(`${id}: allows ${ops.join(', ')} and refuses the rest`, () => {
      for (const op of ALL) {
        const value = op === 'isNull' ? true : sampleValue[id](op);
        const result = one(id, op, value);
        if (ops.includes(op)) expect(codeOf(result), `${id} ${op}`).toBe('ok');
        else {
          expect(codeOf(result), `${id} ${op}`).toBe('unsupported_op');
          expect(result.ok || result.problems[0].message).toContain(ops.join(', '));
        }
      }
    });
  }

  it('maps value types for the renderer', () => {
    const typeOf = (id: string, op = 'isNull') => (astOf(one(id, op)) as { valueType: string }).valueType;
    expect(['name', 'bio', 'email', 'phone', 'level', 'summary'].map((id) => typeOf(id))).toEqual(Array(6).fill('text'));
    expect(['count', 'ratio', 'price', 'score', 'born_on', 'seen_at', 'active', 'flagged', 'owner', 'colors'].map((id) => typeOf(id))).toEqual([
      'integer', 'decimal', 'decimal', 'decimal', 'date', 'datetime', 'boolean', 'boolean', 'uuid', 'text_array',
    ]);
    expect((astOf(one('order_no', 'contains', 'SO2026', orders)) as { valueType: string }).valueType).toBe('text');
  });
});

describe('compileFilter: values', () => {
  it('normalises scalars the way records are stored', () => {
    expect(astOf(one('price', 'gt', 12.5))).toMatchObject({ value: '12.50' });
    expect(astOf(one('count', 'lte', '10'))).toMatchObject({ value: 10 });
    expect(astOf(one('active', 'eq', 'false'))).toMatchObject({ value: false });
    expect(astOf(one('owner', 'eq', UUID_A.toUpperCase()))).toMatchObject({ value: UUID_A });
    expect(astOf(one('seen_at', 'lt', '2026-03-01T08:00:00+08:00'))).toMatchObject({ value: '2026-03-01T00:00:00.000Z' });
    expect(astOf(one('score', 'gte', '4'))).toMatchObject({ value: '4.0' });
  });

  it('refuses values the field could never hold', () => {
    expect(one('status', 'eq', 'lost', orders)).toMatchObject({ ok: false, problems: [{ path: 'value', code: 'invalid_value', message: expect.stringContaining('draft, pending_payment, paid, shipped') }] });
    expect(codeOf(one('price', 'eq', '12.345'))).toBe('invalid_value');
    expect(codeOf(one('born_on', 'eq', '2026-02-30'))).toBe('invalid_value');
    expect(codeOf(one('count', 'eq', 1.5))).toBe('invalid_value');
    expect(codeOf(one('name', 'eq', null))).toBe('invalid_value');
    expect(codeOf(one('name', 'eq'))).toBe('invalid_value');
    expect(codeOf(one('name', 'eq', ''))).toBe('invalid_value');
    expect(codeOf(one('name', 'eq', ['a']))).toBe('invalid_value');
  });

  it('in: a non-empty array of at most 1,000 values, deduplicated', () => {
    expect(astOf(one('status', 'in', ['paid', 'shipped', 'paid'], orders))).toMatchObject({ value: ['paid', 'shipped'] });
    expect(astOf(one('price', 'in', [1, '1.00', '2']))).toMatchObject({ value: ['1.00', '2.00'] });
    expect(codeOf(one('status', 'in', [], orders))).toBe('invalid_value');
    expect(codeOf(one('status', 'in', 'paid', orders))).toBe('invalid_value');
    expect(codeOf(one('status', 'in', ['paid', 'lost'], orders))).toBe('invalid_value');
    expect(codeOf(one('count', 'in', Array.from({ length: 1000 }, (_, i) => i - 5).map((n) => Math.min(n, 1000))))).toBe('ok');
    expect(codeOf(one('count', 'in', Array.from({ length: 1001 }, () => 1)))).toBe('invalid_value');
  });

  it('between: [low, high] with low ≤ high, compared exactly', () => {
    expect(astOf(one('price', 'between', ['0.1', 10]))).toMatchObject({ value: ['0.10', '10.00'] });
    expect(astOf(one('price', 'between', ['5', '5.00']))).toMatchObject({ value: ['5.00', '5.00'] });
    expect(codeOf(one('price', 'between', ['10.01', '10.00']))).toBe('invalid_value');
    expect(codeOf(one('price', 'between', ['-1', '-2']))).toBe('invalid_value');
    expect(codeOf(one('count', 'between', [10, 9]))).toBe('invalid_value');
    expect(codeOf(one('born_on', 'between', ['2026-03-01', '2026-02-28']))).toBe('invalid_value');
    expect(codeOf(one('price', 'between', ['1']))).toBe('invalid_value');
    expect(codeOf(one('price', 'between', ['1', '2', '3']))).toBe('invalid_value');
    expect(codeOf(one('price', 'between', ['1', null]))).toBe('invalid_value');
  });

  it('isNull: true when absent, otherwise a boolean', () => {
    expect(astOf(one('name', 'isNull'))).toMatchObject({ op: 'isNull', value: true });
    expect(astOf(one('name', 'isNull', false))).toMatchObject({ value: false });
    expect(codeOf(one('name', 'isNull', 'yes'))).toBe('invalid_value');
  });

  it('contains: a raw substring on text, options on multi-select', () => {
    expect(astOf(one('name', 'contains', '50%_off'))).toMatchObject({ value: '50%_off' });
    expect(astOf(one('sku', 'contains', 'ABC'))).toMatchObject({ value: 'ABC' });
    expect(astOf(one('email', 'contains', '@example.com'))).toMatchObject({ value: '@example.com' });
    expect(codeOf(one('name', 'contains', ''))).toBe('invalid_value');
    expect(codeOf(one('name', 'contains', 5))).toBe('invalid_value');
    expect(codeOf(one('name', 'contains', 'x'.repeat(501)))).toBe('invalid_value');
    expect(astOf(one('colors', 'contains', ['red', 'blue', 'red']))).toMatchObject({ value: ['red', 'blue'] });
    expect(codeOf(one('colors', 'contains', []))).toBe('invalid_value');
    expect(codeOf(one('colors', 'contains', 'pink'))).toBe('invalid_value');
  });
});
