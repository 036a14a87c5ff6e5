import type { EntityDef } from '@/engine/metadata/entity';

/** A small order model for the property helpers' tests: orders with lines, pointing at customers. */
const label = (text: string) => ({ 'zh-CN': text, en: text });

export const customers: EntityDef = {
  schemaVersion: 1,
  key: 'customers',
  label: label('Customer'),
  fields: [
    { id: 'name', type: 'text', label: label('Name') },
    { id: 'phone', type: 'phone', label: label('Phone') },
    { id: 'region', type: 'single_select', label: label('Region'), options: [{ value: 'north', label: label('North') }] },
    { id: 'credit', type: 'money', currency: 'CNY', label: label('Credit') },
    { id: 'visits', type: 'number', integer: true, precision: 18, scale: 0, label: label('Visits') },
    { id: 'owner', type: 'relation', entity: 'users_dir', label: label('Owner') },
    { id: 'old', type: 'text', label: label('Old'), removed: true },
  ],
};

export const orderLines: EntityDef = {
  schemaVersion: 1,
  key: 'order_lines',
  label: label('Line'),
  parent: 'orders',
  fields: [
    { id: 'qty', type: 'number', integer: true, precision: 18, scale: 0, label: label('Qty') },
    { id: 'note', type: 'text', label: label('Note') },
  ],
};

export const orders: EntityDef = {
  schemaVersion: 1,
  key: 'orders',
  label: label('Order'),
  fields: [
    { id: 'customer', type: 'relation', entity: 'customers', label: label('Customer') },
    { id: 'customer_region', type: 'single_select', label: label('Region'), options: [{ value: 'north', label: label('North') }] },
    { id: 'contact', type: 'text', label: label('Contact') },
    { id: 'lines', type: 'child_table', entity: 'order_lines', label: label('Lines') },
    { id: 'amount', type: 'number', integer: false, precision: 18, scale: 2, label: label('Amount') },
  ],
};

export const lookup = (key: string): EntityDef | undefined => ({ customers, order_lines: orderLines, orders })[key];
