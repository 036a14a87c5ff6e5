import { describe, expect, it } from 'vitest';
import type { EntityView } from '@/engine/contract/api-types';
import { ApiError } from '../api-client';
import { describePath, fieldProblems, formPathFor } from './save-errors';

const label = (zh: string, en: string) => ({ 'zh-CN': zh, en });
const view: EntityView = {
  entity: {
    schemaVersion: 1,
    key: 'orders',
    label: label('订单', 'Orders'),
    fields: [
      { id: 'customer', label: label('客户', 'Customer'), type: 'relation', entity: 'customers' },
      { id: 'lines', label: label('明细', 'Lines'), type: 'child_table', entity: 'order_lines' },
    ],
  },
  form: { schemaVersion: 1, key: 'orders', entity: 'orders', sections: [{ id: 'main', columns: 2, fields: ['customer', 'lines'] }] },
  related: {
    order_lines: { schemaVersion: 1, key: 'order_lines', label: label('明细', 'Lines'), parent: 'orders', fields: [{ id: 'qty', label: label('数量', 'Qty'), type: 'number', integer: true, precision: 18, scale: 0 }] },
  },
  permissions: [],
};
const en = (value: { en?: string } | undefined) => value?.en ?? '';

describe('save errors', () => {
  it('reads field problems from a validation_failed body', () => {
    const error = new ApiError(422, 'validation_failed', 'bad', { fields: [{ field: 'lines[0].qty', code: 'required', message: 'Qty is required' }, { nonsense: true }] });
    expect(fieldProblems(error)).toEqual([{ path: 'lines[0].qty', message: 'Qty is required' }]);
    expect(fieldProblems(new ApiError(409, 'conflict', 'stale'))).toEqual([]);
  });

  it('maps API paths to inputs, child cells or the table itself', () => {
    expect(formPathFor(view, 'customer')).toBe('customer');
    expect(formPathFor(view, 'lines[2].qty')).toBe('lines.2.qty');
    expect(formPathFor(view, 'lines')).toBe('lines.root');
    expect(formPathFor(view, 'lines[2]')).toBeNull();
    expect(formPathFor(view, 'ghost')).toBeNull();
    expect(formPathFor(view, '')).toBeNull();
  });

  it('names where a problem is for the summary', () => {
    expect(describePath(view, 'lines[0].qty', en)).toBe('Lines #1 · Qty');
    expect(describePath(view, 'customer', en)).toBe('Customer');
  });
});
