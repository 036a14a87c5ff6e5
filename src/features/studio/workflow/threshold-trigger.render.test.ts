import { NextIntlClientProvider } from 'next-intl';
import { createElement as h } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { EntityDef } from '@/engine/metadata/entity';
import { activeFields } from '@/engine/metadata/entity';
import { validateDefinition, type WorkflowDefinition } from '@/engine/workflow';
import { messages } from '@/i18n/messages';
import { SettingsPanel } from './settings-panel';
import { skeleton } from './test-fixtures';
import { counterFields, newTrigger, thresholdFields, TRIGGER_KINDS } from './trigger-edits';
import type { WorkflowContext } from './use-workflow-context';

const label = (zh: string, en: string) => ({ 'zh-CN': zh, en });
const products: EntityDef = {
  schemaVersion: 1,
  key: 'products',
  label: label('产品', 'Products'),
  fields: [
    { id: 'name', type: 'text', label: label('名称', 'Name') },
    { id: 'low_stock_threshold', type: 'number', integer: true, precision: 18, scale: 0, label: label('低库存阈值', 'Low-stock threshold') },
  ],
};
const stock: EntityDef = {
  schemaVersion: 1,
  key: 'stock',
  label: label('库存', 'Stock'),
  fields: [
    { id: 'product', type: 'relation', entity: 'products', label: label('产品', 'Product') },
    { id: 'on_hand', type: 'number', integer: true, precision: 18, scale: 0, label: label('在库数量', 'On hand') },
    { id: 'reserved', type: 'number', integer: true, precision: 18, scale: 0, label: label('已预留', 'Reserved') },
    { id: 'available', type: 'formula', resultType: 'number', scale: 0, generated: true, label: label('可用数量', 'Available'), expression: { '-': [{ var: 'on_hand' }, { var: 'reserved' }] } },
    { id: 'note', type: 'text', label: label('备注', 'Note') },
  ],
};
const context: WorkflowContext = {
  directory: { users: [], roles: [] },
  entity: stock,
  fields: activeFields(stock),
  stateActions: [],
  entities: [products, stock],
  ready: true,
  errors: [],
};

describe('threshold trigger in the designer', () => {
  it('offers the kind and pre-fills it with the first counter field, below 0', () => {
    expect(TRIGGER_KINDS).toContain('threshold_crossed');
    expect(counterFields(stock).map((field) => field.id)).toEqual(['on_hand', 'reserved', 'available']);
    expect(newTrigger('threshold_crossed', { fields: [], actions: [], counterFields: ['on_hand'] })).toEqual({ kind: 'threshold_crossed', field: 'on_hand', below: 0 });
    expect(thresholdFields(stock, 'product', context.entities).map((field) => field.id)).toEqual(['low_stock_threshold']);
    expect(thresholdFields(stock, 'note', context.entities)).toEqual([]);
  });

  it('renders the watched field and the related threshold in both languages, and the result validates', () => {
    const definition: WorkflowDefinition = { ...skeleton(), entity: 'stock', trigger: { kind: 'threshold_crossed', field: 'available', below: { relation: 'product', field: 'low_stock_threshold' } } };
    expect(validateDefinition(definition, { entity: stock, related: (key) => context.entities.find((entity) => entity.key === key) })).toEqual([]);
    const render = (locale: 'en' | 'zh-CN') =>
      renderToStaticMarkup(h(NextIntlClientProvider, { locale, timeZone: 'UTC', messages: messages[locale], children: h(SettingsPanel, { definition, context, readOnly: false, onEdit: () => {} }) }));
    const en = render('en');
    expect(en).toContain('When a number drops below a threshold');
    expect(en).toContain('A field of a related record');
    expect(en).toContain('data-testid="wf-threshold-related-field"');
    expect(en).toContain('Low-stock threshold (low_stock_threshold)');
    expect(en).toContain('Available (available)');
    const zh = render('zh-CN');
    expect(zh).toContain('数量低于阈值时');
    expect(zh).toContain('存放阈值的字段');
  });
});
