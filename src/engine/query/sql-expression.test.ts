import { describe, expect, it } from 'vitest';
import { parseEntityDef } from '../metadata/parse';
import { compileSqlComparison, compileSqlExpression, expressionColumns } from './sql-expression';

const stock = parseEntityDef({
  schemaVersion: 1,
  key: 'stock',
  label: { 'zh-CN': '库存' },
  fields: [
    { id: 'on_hand', type: 'number', integer: true, label: { 'zh-CN': '在库' } },
    { id: 'reserved', type: 'number', integer: true, label: { 'zh-CN': '预留' } },
    { id: 'note', type: 'text', label: { 'zh-CN': '备注' } },
  ],
});

describe('database-computable expressions', () => {
  it('compiles arithmetic over numeric fields', () => {
    const result = compileSqlExpression(stock, { '-': [{ var: 'on_hand' }, { var: 'reserved' }] });
    expect(result).toEqual({ ok: true, value: { kind: 'arith', op: '-', args: [{ kind: 'column', field: 'on_hand' }, { kind: 'column', field: 'reserved' }] } });
    if (result.ok) expect(expressionColumns(result.value)).toEqual(['on_hand', 'reserved']);
  });

  it('refuses text fields, unknown operators and literals that are not plain decimals', () => {
    expect(compileSqlExpression(stock, { var: 'note' }).ok).toBe(false);
    expect(compileSqlExpression(stock, { '/': [1, 2] }).ok).toBe(false);
    expect(compileSqlExpression(stock, '1; drop table users').ok).toBe(false);
    expect(compileSqlExpression(stock, { var: '__proto__' }).ok).toBe(false);
  });

  it('compiles one comparison for a check and nothing else', () => {
    expect(compileSqlComparison(stock, { '<=': [{ var: 'reserved' }, { var: 'on_hand' }] }).ok).toBe(true);
    expect(compileSqlComparison(stock, { and: [] }).ok).toBe(false);
    expect(compileSqlComparison(stock, { '>=': [{ var: 'on_hand' }] }).ok).toBe(false);
  });
});
