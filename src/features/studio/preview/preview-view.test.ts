import { describe, expect, it } from 'vitest';
import type { EntityDef } from '@/engine/metadata/entity';
import { defaultForm } from '@/engine/metadata/form';
import type { StudioDoc } from '../studio-document';
import { buildPreviewView } from './preview-view';

const label = (text: string) => ({ 'zh-CN': text, en: text });
const entity = (key: string, fields: EntityDef['fields'], extra: Partial<EntityDef> = {}): EntityDef => ({ schemaVersion: 1, key, label: label(key), fields, ...extra });

const customers = entity('customers', [{ id: 'name', type: 'text', label: label('Name') }]);
const products = entity('products', [{ id: 'name', type: 'text', label: label('Name') }]);
const stock = entity('stock', [{ id: 'product', type: 'relation', entity: 'products', label: label('Product') }]);
const suppliers = entity('suppliers', [{ id: 'name', type: 'text', label: label('Name') }]);
const publishedLines = entity('order_lines', [{ id: 'qty', type: 'number', integer: true, precision: 18, scale: 0, label: label('Qty') }], { parent: 'orders' });
const draftLines = entity(
  'order_lines',
  [
    { id: 'qty', type: 'number', integer: true, precision: 18, scale: 0, label: label('Qty') },
    { id: 'product', type: 'relation', entity: 'products', label: label('Product') },
  ],
  { parent: 'orders' },
);
const orders = entity(
  'orders',
  [
    { id: 'customer', type: 'relation', entity: 'customers', label: label('Customer') },
    { id: 'owner', type: 'relation', entity: 'customers', label: label('Owner') },
    { id: 'lines', type: 'child_table', entity: 'order_lines', label: label('Lines') },
    { id: 'unfinished', type: 'relation', entity: '', label: label('New field') },
    { id: 'old_supplier', type: 'relation', entity: 'suppliers', label: label('Supplier'), removed: true },
  ],
  {
    reservations: [
      {
        id: 'stock',
        source: { child: 'lines', key: 'product', quantity: 'qty' },
        target: { entity: 'stock', key: 'product', onHand: 'on_hand', reserved: 'reserved' },
        heldIn: ['draft'],
        consumedIn: [],
      },
    ],
  },
);

const catalog = (key: string) => ({ customers, products, stock, suppliers, order_lines: publishedLines, orders: { ...orders, fields: orders.fields.slice(0, 1) } })[key];
const doc: StudioDoc = { entity: orders, form: defaultForm(orders), children: [draftLines] };

describe('buildPreviewView', () => {
  it('renders the unsaved entity and form, as a form for a new record', () => {
    const view = buildPreviewView(doc, catalog);
    expect(view.entity).toBe(orders);
    expect(view.form).toBe(doc.form);
    expect(view.permissions).toEqual(['read', 'create']);
  });

  it('takes line items from the document, and the targets of their own relations from the catalog', () => {
    const { related } = buildPreviewView(doc, catalog);
    expect(related.order_lines).toBe(draftLines);
    expect(related.products).toBe(products);
    expect(related.customers).toBe(customers);
  });

  it('adds reservation targets, so the lines can show what is available', () => {
    expect(buildPreviewView(doc, catalog).related.stock).toBe(stock);
  });

  it('leaves out removed fields and targets nobody knows, as the server does', () => {
    const { related } = buildPreviewView(doc, catalog);
    expect(Object.keys(related).sort()).toEqual(['customers', 'order_lines', 'products', 'stock']);
  });

  it('falls back to the published line items when the document carries none', () => {
    const { related } = buildPreviewView({ entity: orders, form: doc.form }, catalog);
    expect(related.order_lines).toBe(publishedLines);
    expect(related.products).toBeUndefined();
  });

  it('resolves a relation to the entity itself to the unsaved definition', () => {
    const tree = entity('categories', [{ id: 'parent_category', type: 'relation', entity: 'categories', label: label('Parent') }]);
    const published = { ...tree, fields: [] };
    expect(buildPreviewView({ entity: tree, form: defaultForm(tree) }, (key) => (key === 'categories' ? published : undefined)).related.categories).toBe(tree);
  });
});
