import { createElement as h, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { NextIntlClientProvider } from 'next-intl';
import { FormProvider, useForm } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import type { EntityView } from '@/engine/contract/api-types';
import { findField } from '@/engine/metadata/entity';
import type { FieldOf } from '@/engine/metadata/field';
import messages from '@/i18n/messages/en.json';
import { orderView } from '../order-view.fixture';
import { ChildTableField } from './child-table-field';
import { FormLogicProvider } from './form-logic-context';
import type { FormValues } from './form-values';
import { LiveRollupField } from './live-rollup-field';

const context = { now: new Date('2024-03-10T02:00:00Z'), currentUser: 'Wang Fang' };

function withFooterTotals(view: EntityView, columns: string[]): EntityView {
  const fields = view.entity.fields.map((field) => (field.id === 'lines' ? { ...field, footerTotals: columns } : field));
  return { ...view, entity: { ...view.entity, fields } };
}

function Form({ view, values, children }: { view: EntityView; values: FormValues; children: ReactNode }) {
  const methods = useForm<FormValues>({ defaultValues: values });
  return h(FormProvider, { ...methods, children: h(FormLogicProvider, { view, context, children }) });
}

function render(view: EntityView, lines: FormValues[]): string {
  const table = findField(view.entity, 'lines') as FieldOf<'child_table'>;
  const total = findField(view.entity, 'total_amount') as FieldOf<'rollup'>;
  const children = [h(ChildTableField, { key: 'lines', field: table, view }), h(LiveRollupField, { key: 'total', field: total, view })];
  return renderToStaticMarkup(h(NextIntlClientProvider, { locale: 'en', timeZone: 'UTC', messages, children: h(Form, { view, values: { lines }, children }) }));
}

/** The text inside the element carrying `testId`, tags left out. */
const textOf = (markup: string, testId: string) => {
  const start = markup.indexOf(`data-testid="${testId}"`);
  return start < 0 ? undefined : markup.slice(markup.indexOf('>', start) + 1).replace(/<[^>]*>/g, '').slice(0, 40);
};
const inputValue = (markup: string, id: string) => new RegExp(`<input[^>]*id="${id}"[^>]*value="([^"]*)"`).exec(markup)?.[1] ?? new RegExp(`<input[^>]*value="([^"]*)"[^>]*id="${id}"`).exec(markup)?.[1];

describe('child table of the record form', () => {
  const lines = [
    { product: 'p1', unit_price: '35.50', qty: 3, line_amount: null, _display: { product: 'White tea' } },
    { product: null, unit_price: '0.10', qty: 3, line_amount: null, _display: {} },
  ];

  it('shows each line’s formula, the live total and the rollup field from the values typed', () => {
    const markup = render(orderView(), lines);
    expect(inputValue(markup, 'field-line_amount-0')).toBe('106.50');
    expect(inputValue(markup, 'field-line_amount-1')).toBe('0.30');
    expect(inputValue(markup, 'field-qty-1')).toBe('3');
    expect(textOf(markup, 'live-total-total_amount')).toMatch(/^Total amount: 106\.80/);
    expect(inputValue(markup, 'field-total_amount')).toContain('106.80');
    expect(markup).toContain('data-testid="remove-row-lines-1"');
    // Each line paints on its own, in a body layered apart from the page (typing in a long table).
    expect(markup).toMatch(/<tbody style="will-change:transform" class="ant-table-tbody">/);
    expect(markup.match(/<tr[^>]*style="isolation:isolate"[^>]*>/g)).toHaveLength(2);
  });

  it('sums the columns the designer marked beneath them', () => {
    const markup = render(withFooterTotals(orderView(), ['qty', 'line_amount']), lines);
    expect(markup).toMatch(/data-testid="column-total-lines-qty"[^>]*><strong>6<\/strong>/);
    expect(markup).toMatch(/data-testid="column-total-lines-line_amount"[^>]*><strong>106\.80<\/strong>/);
    expect(markup).not.toContain('column-total-lines-unit_price');
  });

  it('gives no stock hint before the availability of the picked item is known', () => {
    expect(render(orderView(), lines)).not.toContain('stock-hint-');
  });
});
