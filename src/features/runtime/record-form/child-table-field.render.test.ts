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
import { LineSlot, standInFocusTarget } from './child-table-slots';
import { createLineWindow, FIRST_WINDOW, WINDOW_THRESHOLD } from './child-table-window';
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

describe('a long child table', () => {
  // Quantities 1..5 over and over at 2.00 each: 200 lines hold 600 pieces worth 1,200.00.
  const manyLines = (count: number) => Array.from({ length: count }, (_, index) => ({ product: null, unit_price: '2.00', qty: (index % 5) + 1, line_amount: null, _display: {} }));
  const qtyInputs = (markup: string) => markup.match(/<input[^>]*id="field-qty-\d+"/g) ?? [];

  it('mounts inputs for a window of lines only, keeps every line as a row and totals all of them', () => {
    const markup = render(withFooterTotals(orderView(), ['qty', 'line_amount']), manyLines(200));
    expect(qtyInputs(markup)).toHaveLength(FIRST_WINDOW);
    expect(markup).toContain(`id="field-qty-${FIRST_WINDOW - 1}"`);
    expect(markup).not.toContain(`id="field-qty-${FIRST_WINDOW}"`);
    expect(markup).toContain(`aria-label="Quantity #${FIRST_WINDOW}"`);
    expect(markup.match(/<tr[^>]*data-row-key=/g)).toHaveLength(200);
    // A line outside the window is its number in a block as tall as a line's inputs, and no remove button.
    expect(markup).toMatch(/<div style="height:\d+px">200<\/div>/);
    expect(markup).not.toContain(`remove-row-lines-${FIRST_WINDOW}"`);
    expect(markup).toMatch(/data-testid="column-total-lines-qty"[^>]*><strong>600<\/strong>/);
    expect(markup).toMatch(/data-testid="column-total-lines-line_amount"[^>]*><strong>1,200\.00<\/strong>/);
    expect(textOf(markup, 'live-total-total_amount')).toMatch(/^Total amount: 1,200\.00/);
  });

  it('renders every line as before up to the threshold', () => {
    const markup = render(orderView(), manyLines(WINDOW_THRESHOLD));
    expect(qtyInputs(markup)).toHaveLength(WINDOW_THRESHOLD);
    expect(markup).not.toMatch(/<div style="height:\d+px">/);
    expect(markup.match(/<tr[^>]*style="isolation:isolate"[^>]*>/g)).toHaveLength(WINDOW_THRESHOLD);
  });

  it('mounts the cell of an off-screen line whose error react-hook-form focuses', () => {
    const lineWindow = createLineWindow();
    const cell = () => renderToStaticMarkup(h(LineSlot, { lineWindow, index: 150, cellId: 'field-qty-150', children: h('input', { id: 'field-qty-150' }) }));
    expect(cell()).toBe('');
    // What the line's stand-in gives react-hook-form as the cell's ref; the input is not there yet.
    standInFocusTarget(lineWindow, 150, 'field-qty-150', () => false).focus();
    expect(cell()).toBe('<input id="field-qty-150"/>');
  });
});
