import { describe, expect, it } from 'vitest';
import type { FieldDef, FieldOf } from '@/engine/metadata/field';
import { canTotal, columnTotal, footerTotalsOf, totalledColumns, withFooterTotal } from './footer-totals';

const label = { 'zh-CN': '列' };
const lines: FieldOf<'child_table'> = { id: 'lines', type: 'child_table', entity: 'order_lines', label };
const qty = { id: 'qty', type: 'number', integer: true, precision: 18, scale: 2, label } as FieldDef;
const price = { id: 'price', type: 'money', currency: 'CNY', label } as FieldDef;
const amount = { id: 'amount', type: 'formula', resultType: 'money', expression: 0, label } as FieldDef;
const note = { id: 'note', type: 'text', label } as FieldDef;

describe('footer totals of a child table', () => {
  it('switches a column total on and off, dropping an empty list', () => {
    const on = withFooterTotal(withFooterTotal(lines, 'qty', true), 'price', true);
    expect(footerTotalsOf(on)).toEqual(['qty', 'price']);
    const off = withFooterTotal(withFooterTotal(on, 'qty', false), 'price', false);
    expect(off).toEqual(lines);
    expect('footerTotals' in off).toBe(false);
  });

  it('totals only numeric columns, in column order', () => {
    expect([qty, price, amount, note].map(canTotal)).toEqual([true, true, true, false]);
    const field = { ...lines, footerTotals: ['note', 'amount', 'qty', 'gone'] } as FieldOf<'child_table'>;
    expect(totalledColumns(field, [qty, price, amount, note]).map((column) => column.id)).toEqual(['qty', 'amount']);
  });

  it('sums exactly at the column scale, skipping values that are not numbers yet', () => {
    const rows = [{ qty: 2, price: '0.10', amount: '0.1' }, { qty: 3, price: '0.20', amount: '0.2' }, { qty: '', price: 'x', amount: null }];
    expect(columnTotal(qty, rows)).toBe('5');
    expect(columnTotal(price, rows)).toBe('0.30');
    expect(columnTotal(amount, rows)).toBe('0.30');
  });
});
