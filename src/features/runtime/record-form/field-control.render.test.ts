import { createElement as h, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { NextIntlClientProvider } from 'next-intl';
import { FormProvider, useForm } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import type { EntityView } from '@/engine/contract/api-types';
import { contacts, quoteLines, quotes } from '@/engine/forms/test-fixtures';
import { defaultForm } from '@/engine/metadata/form';
import messages from '@/i18n/messages/en.json';
import { FieldControl } from './field-control';
import { FormLogicProvider, useFieldVisible } from './form-logic-context';
import { toFormValues, type FormValues } from './form-values';

const view: EntityView = { entity: quotes, form: defaultForm(quotes), related: { quote_lines: quoteLines, contacts }, permissions: ['create'] };
const context = { now: new Date('2024-03-10T02:00:00Z'), currentUser: 'Wang Fang' };
const field = (id: string) => quotes.fields.find((candidate) => candidate.id === id)!;

function Form({ values, children }: { values: FormValues; children: ReactNode }) {
  const methods = useForm<FormValues>({ defaultValues: { ...toFormValues(view, undefined, context), ...values } });
  return h(FormProvider, { ...methods, children: h(FormLogicProvider, { view, context, children }) });
}

function render(values: FormValues, ...ids: string[]): string {
  const controls = ids.map((id) => h(FieldControl, { key: id, field: field(id), name: id, id: `field-${id}` }));
  return renderToStaticMarkup(h(NextIntlClientProvider, { locale: 'en', timeZone: 'UTC', messages, children: h(Form, { values, children: controls }) }));
}

function Visible({ id }: { id: string }) {
  return h('span', { 'data-visible': id }, String(useFieldVisible(id)));
}

describe('FieldControl with form rules', () => {
  it('renders nothing for a field its rule hides, and the field once the rule holds', () => {
    expect(render({ customer_type: 'person' }, 'company_name')).toBe('');
    expect(render({ customer_type: 'company' }, 'company_name')).toContain('id="field-company_name"');
    expect(render({}, 'owner')).toBe('');
  });

  it('marks a field required while its requiredWhen holds, and shows its placeholder', () => {
    const required = render({ customer_type: 'company', amount: '20000.00' }, 'tax_id');
    expect(required).toContain('ant-form-item-required');
    expect(required).toContain('placeholder="Tax id of the company"');
    expect(render({ customer_type: 'company', amount: '20.00' }, 'tax_id')).not.toContain('ant-form-item-required');
  });

  it('tells a layout whether a cell is shown', () => {
    const markup = (values: FormValues) =>
      renderToStaticMarkup(h(NextIntlClientProvider, { locale: 'en', timeZone: 'UTC', messages, children: h(Form, { values, children: [h(Visible, { key: 'a', id: 'discount' }), h(Visible, { key: 'b', id: 'owner' }), h(Visible, { key: 'c', id: 'amount' })] }) }));
    expect(markup({ amount: '5000' })).toBe('<span data-visible="discount">true</span><span data-visible="owner">false</span><span data-visible="amount">true</span>');
    expect(markup({ amount: '50' })).toContain('<span data-visible="discount">false</span>');
  });
});
