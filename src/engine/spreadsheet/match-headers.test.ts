import { describe, expect, it } from 'vitest';
import { parseEntityDef, type EntityDef } from '../metadata';
import { importTargets } from './import-targets';
import { headerKey, suggestGroupBy, suggestMapping } from './match-headers';

const label = (zh: string, en: string) => ({ 'zh-CN': zh, en });
const lines = parseEntityDef({
  schemaVersion: 1, key: 'lines', label: label('明细', 'Lines'), parent: 'orders',
  fields: [
    { id: 'product', type: 'text', label: label('产品', 'Product') },
    { id: 'unit_price', type: 'money', label: label('单价', 'Unit price') },
    { id: 'qty', type: 'number', integer: true, label: label('数量', 'Quantity') },
    { id: 'amount', type: 'formula', resultType: 'money', label: label('金额', 'Amount'), expression: { '*': [{ var: 'unit_price' }, { var: 'qty' }] } },
  ],
});
const orders = parseEntityDef({
  schemaVersion: 1, key: 'orders', label: label('订单', 'Orders'), titleField: 'order_no',
  fields: [
    { id: 'order_no', type: 'auto_number', label: label('订单号', 'Order no.'), pattern: 'SO{seq:4}' },
    { id: 'customer', type: 'text', label: label('客户', 'Customer') },
    { id: 'unit_price', type: 'money', label: label('单价', 'Unit price') },
    { id: 'lines', type: 'child_table', entity: 'lines', label: label('明细', 'Lines') },
  ],
});
const lookup = (key: string): EntityDef | undefined => (key === 'lines' ? lines : undefined);
const targets = importTargets(orders, lookup);

describe('header matching', () => {
  it('folds case, spacing, full-width forms and separators', () => {
    expect(headerKey(' Unit  Price ')).toBe(headerKey('unit_price'));
    expect(headerKey('ＱＴＹ')).toBe('qty');
  });

  it('matches zh-CN labels, en labels and field ids; computed fields are not targets', () => {
    expect(suggestMapping(['客户', 'CUSTOMER ', '金额', '订单号'], targets)).toEqual({ 客户: 'customer', 'CUSTOMER ': null, 金额: null, 订单号: null });
    expect(targets.map((target) => target.key)).toEqual(['customer', 'unit_price', 'lines.product', 'lines.unit_price', 'lines.qty']);
  });

  it('prefers the parent for a bare label both have, and takes child labels qualified or bare', () => {
    expect(suggestMapping(['单价', 'Lines.Unit price', '数量', 'product'], targets)).toEqual({
      单价: 'unit_price', 'Lines.Unit price': 'lines.unit_price', 数量: 'lines.qty', product: 'lines.product',
    });
    expect(suggestMapping(['unit price', 'qty', '明细.数量'], targets)).toEqual({ 'unit price': 'unit_price', qty: null, '明细.数量': 'lines.qty' });
  });

  it('suggests the title field or a reference column to group rows by', () => {
    expect(suggestGroupBy(['客户', 'Order No.'], orders)).toBe('Order No.');
    expect(suggestGroupBy(['Ref', '客户'], orders)).toBe('Ref');
    expect(suggestGroupBy(['客户'], orders)).toBeNull();
  });
});
