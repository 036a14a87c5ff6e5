import { describe, expect, it } from 'vitest';
import type { EntityView, RecordDto } from '@/engine/contract/api-types';
import { toFormPath, toFormValues, toPayload } from './form-values';

const label = { 'zh-CN': 'x' };
const view: EntityView = {
  entity: {
    schemaVersion: 1,
    key: 'orders',
    label,
    fields: [
      { id: 'order_no', label, type: 'auto_number', pattern: 'SO{seq:4}' },
      { id: 'customer', label, type: 'relation', entity: 'customers' },
      { id: 'notes', label, type: 'long_text' },
      { id: 'lines', label, type: 'child_table', entity: 'order_lines', required: true },
      { id: 'hidden', label, type: 'text' },
    ],
  },
  form: { schemaVersion: 1, key: 'orders', entity: 'orders', sections: [{ id: 'main', columns: 2, fields: ['order_no', 'customer', 'notes', 'lines'] }] },
  related: {
    order_lines: {
      schemaVersion: 1,
      key: 'order_lines',
      label,
      parent: 'orders',
      fields: [
        { id: 'product', label, type: 'relation', entity: 'products' },
        { id: 'qty', label, type: 'number', integer: true, precision: 18, scale: 0 },
        { id: 'line_amount', label, type: 'formula', expression: {}, resultType: 'money' },
      ],
    },
  },
  permissions: ['create', 'read', 'update'],
};

const record: RecordDto = {
  id: 'r1', version: 3, created_at: '', updated_at: '', created_by: null,
  order_no: 'SO0001', customer: 'c1', notes: 'hi', hidden: 'secret',
  lines: [{ id: 'l1', version: 1, product: 'p1', qty: 2, line_amount: '20.00', _display: { product: 'Pen' } }],
};

describe('record form values', () => {
  it('starts a new record with one empty row for a required child table', () => {
    expect(toFormValues(view)).toEqual({ order_no: null, customer: null, notes: null, lines: [{ product: null, qty: null, line_amount: null }] });
  });

  it('sends stored, non-computed form fields and child rows without ids', () => {
    const values = toFormValues(view, record);
    expect(toPayload(view, { ...values, notes: '' })).toEqual({ customer: 'c1', notes: null, lines: [{ product: 'p1', qty: 2 }] });
  });

  it('sends only what changed when editing', () => {
    const initial = toFormValues(view, record);
    const lines = [...(initial.lines as object[]), { product: 'p2', qty: 1 }];
    expect(toPayload(view, { ...initial, lines }, initial)).toEqual({ lines: [{ product: 'p1', qty: 2 }, { product: 'p2', qty: 1 }] });
    expect(toPayload(view, initial, initial)).toEqual({});
  });

  it('never sends the lifecycle field: it changes through actions', () => {
    const withState: EntityView = {
      ...view,
      entity: {
        ...view.entity,
        fields: [...view.entity.fields, { id: 'status', label, type: 'single_select', options: [{ value: 'draft', label }] }],
        lifecycle: { field: 'status', initial: 'draft', actions: [] },
      },
      form: { ...view.form, sections: [{ id: 'main', columns: 2, fields: ['customer', 'status'] }] },
    };
    expect(toPayload(withState, { customer: 'c1', status: 'draft' })).toEqual({ customer: 'c1' });
  });

  it('maps API error paths to form paths', () => {
    expect(toFormPath('lines[0].qty')).toBe('lines.0.qty');
    expect(toFormPath('customer')).toBe('customer');
  });
});

describe('defaults of a new record', () => {
  const defaultsView: EntityView = {
    ...view,
    entity: {
      ...view.entity,
      fields: [
        ...view.entity.fields,
        { id: 'owner', label, type: 'text', defaultFrom: { kind: 'currentUser' } },
        { id: 'placed_on', label, type: 'date', defaultFrom: { kind: 'today' } },
        { id: 'channel', label, type: 'text', defaultValue: 'web' },
      ],
    },
    form: { ...view.form, sections: [{ id: 'main', columns: 2, fields: ['customer', 'owner', 'placed_on', 'channel', 'lines'] }] },
  };
  const context = { now: new Date('2024-05-01T12:00:00Z'), currentUser: 'Li Lei', timeZone: 'UTC' };

  it('fills computed and constant defaults into a new record, never into a stored one', () => {
    expect(toFormValues(defaultsView, undefined, context)).toMatchObject({ customer: null, owner: 'Li Lei', placed_on: '2024-05-01', channel: 'web' });
    expect(toFormValues(defaultsView, { ...record, channel: null }, context)).toMatchObject({ owner: null, placed_on: null, channel: null });
  });

  it('sends the defaults the inputs still hold', () => {
    expect(toPayload(defaultsView, toFormValues(defaultsView, undefined, context))).toMatchObject({ owner: 'Li Lei', placed_on: '2024-05-01', channel: 'web' });
  });
});
