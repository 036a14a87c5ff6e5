import { describe, expect, it } from 'vitest';
import type { EntityDef } from '@/engine/metadata/entity';
import { defaultForm } from '@/engine/metadata/form';
import { documentMessage, isReadyMessage, parsePreviewMessage, readyMessage } from './preview-message';

const orders: EntityDef = {
  schemaVersion: 1,
  key: 'orders',
  label: { 'zh-CN': '订单', en: 'Order' },
  fields: [
    { id: 'customer', type: 'relation', entity: '', label: { 'zh-CN': '客户' } },
    { id: 'notes', type: 'long_text', label: { 'zh-CN': '备注' }, visibleWhen: { '==': [{ var: 'customer' }, 'x'] } },
  ],
};
const doc = { entity: orders, form: defaultForm(orders) };
/** What the frame receives: a structured clone of what the designer posted. */
const received = (data: unknown) => structuredClone(data);

describe('preview messages', () => {
  it('pass the document through unchanged, unfinished fields included', () => {
    const parsed = parsePreviewMessage(received(documentMessage(doc)), 'orders');
    expect(parsed).toEqual({ kind: 'document', doc });
  });

  it('carry the child entities designed alongside', () => {
    const lines: EntityDef = { schemaVersion: 1, key: 'order_lines', parent: 'orders', label: { 'zh-CN': '明细' }, fields: [{ id: 'qty', type: 'text', label: { 'zh-CN': '数量' } }] };
    const parsed = parsePreviewMessage(received(documentMessage({ ...doc, children: [lines] })), 'orders');
    expect(parsed.kind === 'document' && parsed.doc.children).toEqual([lines]);
  });

  it('refuse a document of another entity than the page shows', () => {
    expect(parsePreviewMessage(received(documentMessage(doc)), 'customers')).toEqual({ kind: 'invalid' });
  });

  it.each([
    ['no form', { type: 'studio-preview:document', doc: { entity: orders } }],
    ['fields that are not a list', { type: 'studio-preview:document', doc: { entity: { ...orders, fields: 'customer' }, form: doc.form } }],
    ['a field without a type', { type: 'studio-preview:document', doc: { entity: { ...orders, fields: [{ id: 'x', label: { 'zh-CN': 'x' } }] }, form: doc.form } }],
    ['a form without sections', { type: 'studio-preview:document', doc: { entity: orders, form: { ...doc.form, sections: [] } } }],
    ['a section cell that is not an id', { type: 'studio-preview:document', doc: { entity: orders, form: { ...doc.form, sections: [{ id: 'main', fields: [1] }] } } }],
    ['an unknown block kind', { type: 'studio-preview:document', doc: { entity: orders, form: { ...doc.form, blocks: [{ id: 'b', kind: 'video' }] } } }],
  ])('refuse a document with %s', (_case, data) => {
    expect(parsePreviewMessage(data, 'orders')).toEqual({ kind: 'invalid' });
  });

  it.each([null, 'studio-preview:document', { type: 'webpack-hmr' }, readyMessage()])('ignore messages that are not documents: %j', (data) => {
    expect(parsePreviewMessage(data, 'orders')).toEqual({ kind: 'other' });
  });

  it('recognise the frame saying it is ready', () => {
    expect(isReadyMessage(received(readyMessage()))).toBe(true);
    expect(isReadyMessage(documentMessage(doc))).toBe(false);
    expect(isReadyMessage(undefined)).toBe(false);
  });
});
