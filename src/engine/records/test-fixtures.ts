import { parseEntityDef, type EntityDef, type EntityLookup, type FieldDef } from '../metadata';

/** Shared by the record and query tests: an order with lines, and one entity with every plain field type. */
const label = (en: string) => ({ 'zh-CN': en, en });

export const orderLines = parseEntityDef({
  schemaVersion: 1,
  key: 'order_lines',
  label: label('Order line'),
  parent: 'orders',
  fields: [
    { id: 'product', type: 'relation', entity: 'products', label: label('Product'), required: true },
    { id: 'unit_price', type: 'money', label: label('Unit price'), required: true, min: 0 },
    { id: 'qty', type: 'number', integer: true, label: label('Quantity'), required: true, min: 1 },
    { id: 'line_amount', type: 'formula', resultType: 'money', expression: { '*': [{ var: 'unit_price' }, { var: 'qty' }] }, label: label('Amount') },
  ],
});

export const orders = parseEntityDef({
  schemaVersion: 1,
  key: 'orders',
  label: label('Order'),
  fields: [
    { id: 'order_no', type: 'auto_number', pattern: 'SO{YYYYMMDD}{seq:4}', label: label('Order no') },
    { id: 'customer', type: 'relation', entity: 'customers', label: label('Customer'), required: true },
    {
      id: 'status',
      type: 'single_select',
      label: label('Status'),
      required: true,
      options: ['draft', 'pending_payment', 'paid', 'shipped'].map((value) => ({ value, label: label(value) })),
    },
    { id: 'total_amount', type: 'formula', resultType: 'money', expression: { var: 'x' }, label: label('Total') },
    { id: 'payment_due_at', type: 'datetime', label: label('Payment due') },
    { id: 'notes', type: 'long_text', label: { 'zh-CN': '备注' } },
    { id: 'tags', type: 'multi_select', label: label('Tags'), options: ['vip', 'rush', 'gift'].map((value) => ({ value, label: label(value) })) },
    { id: 'lines', type: 'child_table', entity: 'order_lines', label: label('Lines'), required: true },
    { id: 'old_channel', type: 'text', label: label('Old channel'), removed: true },
  ],
});

export const samples = parseEntityDef({
  schemaVersion: 1,
  key: 'samples',
  label: label('Sample'),
  fields: [
    { id: 'name', type: 'text', label: label('Name'), maxLength: 10 },
    { id: 'sku', type: 'text', label: label('SKU'), pattern: '[A-Z]{3}-\\d{3}' },
    { id: 'broken', type: 'text', label: label('Broken'), pattern: '([a-z' },
    { id: 'bio', type: 'long_text', label: label('Bio') },
    { id: 'email', type: 'email', label: label('Email') },
    { id: 'phone', type: 'phone', label: label('Phone') },
    { id: 'count', type: 'number', integer: true, label: label('Count'), min: -5, max: 1000 },
    { id: 'ratio', type: 'number', precision: 6, scale: 2, label: label('Ratio'), min: 0.1, max: 9999.99 },
    { id: 'weight', type: 'number', scale: 3, label: label('Weight') },
    { id: 'price', type: 'money', label: label('Price') },
    { id: 'born_on', type: 'date', label: label('Born on') },
    { id: 'seen_at', type: 'datetime', label: label('Seen at') },
    { id: 'active', type: 'boolean', label: label('Active') },
    { id: 'level', type: 'single_select', label: label('Level'), options: [{ value: 'a', label: label('A') }, { value: 'b', label: label('B') }] },
    { id: 'colors', type: 'multi_select', label: label('Colors'), options: ['red', 'green', 'blue'].map((value) => ({ value, label: label(value) })) },
    { id: 'owner', type: 'relation', entity: 'customers', label: label('Owner') },
    { id: 'score', type: 'formula', resultType: 'number', scale: 1, expression: 1, label: label('Score') },
    { id: 'flagged', type: 'formula', resultType: 'boolean', expression: true, label: label('Flagged') },
    { id: 'summary', type: 'formula', resultType: 'text', expression: 'x', label: label('Summary') },
  ],
});

const all: EntityDef[] = [orders, orderLines, samples];
export const lookup: EntityLookup = (key) => all.find((entity) => entity.key === key);

export function field(entity: EntityDef, id: string): FieldDef {
  const found = entity.fields.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`fixture has no field ${id}`);
  return found;
}

export const UUID_A = '0f8fad5b-d9cb-469f-a165-70867728950e';
