import { parseEntityDef, type EntityDef, type EntityLookup } from '../metadata';

/** A quote with conditional fields, filtered options and pickers, validations and rule-driven defaults. */
const label = (en: string, zh = en) => ({ 'zh-CN': zh, en });
const v = (id: string) => ({ var: id });

export const contacts = parseEntityDef({
  schemaVersion: 1,
  key: 'contacts',
  label: label('Contacts', '联系人'),
  titleField: 'name',
  fields: [
    { id: 'name', type: 'text', label: label('Name'), required: true },
    { id: 'customer', type: 'relation', entity: 'customers', label: label('Customer', '客户') },
  ],
});

export const quoteLines = parseEntityDef({
  schemaVersion: 1,
  key: 'quote_lines',
  label: label('Quote line'),
  parent: 'quotes',
  fields: [
    { id: 'item', type: 'text', label: label('Item'), required: true },
    { id: 'qty', type: 'number', integer: true, label: label('Quantity', '数量') },
    { id: 'unit_price', type: 'money', label: label('Unit price') },
    { id: 'line_amount', type: 'formula', resultType: 'money', expression: { '*': [v('unit_price'), v('qty')] }, label: label('Amount') },
    { id: 'gift', type: 'boolean', label: label('Gift') },
    { id: 'gift_reason', type: 'text', label: label('Gift reason', '赠送原因'), requiredWhen: { '==': [v('gift'), true] } },
  ],
  validations: [{ id: 'qty_limit', rule: { '<=': [v('qty'), 100] }, message: label('At most 100 per line', '每行最多 100 件'), fields: ['qty'] }],
});

export const quotes = parseEntityDef({
  schemaVersion: 1,
  key: 'quotes',
  label: label('Quotes', '报价单'),
  fields: [
    {
      id: 'customer_type',
      type: 'single_select',
      label: label('Customer type', '客户类型'),
      options: [
        { value: 'company', label: label('Company') },
        { value: 'person', label: label('Person') },
      ],
    },
    { id: 'company_name', type: 'text', label: label('Company name', '公司名称'), required: true, visibleWhen: { '==': [v('customer_type'), 'company'] } },
    { id: 'amount', type: 'money', label: label('Amount', '金额') },
    {
      id: 'tax_id',
      type: 'text',
      label: label('Tax id', '税号'),
      requiredWhen: { and: [{ '==': [v('customer_type'), 'company'] }, { '>': [v('amount'), 10000] }] },
      placeholder: label('Tax id of the company', '公司税号'),
    },
    { id: 'discount', type: 'number', scale: 2, label: label('Discount %', '折扣'), visibleWhen: { '>=': [v('amount'), 1000] } },
    { id: 'start_date', type: 'date', label: label('Start', '开始日期') },
    { id: 'end_date', type: 'date', label: label('End', '结束日期') },
    {
      id: 'region',
      type: 'single_select',
      label: label('Region'),
      options: [
        { value: 'east', label: label('East') },
        { value: 'north', label: label('North') },
      ],
    },
    {
      id: 'city',
      type: 'single_select',
      label: label('City', '城市'),
      options: [
        { value: 'shanghai', label: label('Shanghai'), visibleWhen: { '==': [v('region'), 'east'] } },
        { value: 'hangzhou', label: label('Hangzhou'), visibleWhen: { '==': [v('region'), 'east'] } },
        { value: 'beijing', label: label('Beijing'), visibleWhen: { '==': [v('region'), 'north'] } },
        { value: 'online', label: label('Online') },
      ],
    },
    { id: 'customer', type: 'relation', entity: 'customers', label: label('Customer', '客户') },
    { id: 'contact', type: 'relation', entity: 'contacts', label: label('Contact', '联系人'), filterBy: { targetField: 'customer', sourceField: 'customer' } },
    { id: 'owner', type: 'text', label: label('Owner', '负责人'), hidden: true, defaultFrom: { kind: 'currentUser' } },
    { id: 'quote_date', type: 'date', label: label('Quote date', '报价日期'), defaultFrom: { kind: 'today' } },
    { id: 'valid_until', type: 'date', label: label('Valid until'), defaultFrom: { kind: 'rule', rule: { date_add: [v('quote_date'), 30, 'day'] } } },
    { id: 'channel', type: 'text', label: label('Channel'), defaultValue: 'web' },
    { id: 'lines', type: 'child_table', entity: 'quote_lines', label: label('Lines', '明细') },
    { id: 'line_total', type: 'rollup', child: 'lines', field: 'line_amount', op: 'sum', resultType: 'money', label: label('Line total') },
    { id: 'big_order_note', type: 'long_text', label: label('Big order note'), requiredWhen: { '>': [v('line_total'), 5000] } },
  ],
  validations: [
    {
      id: 'end_after_start',
      rule: { or: [{ is_empty: v('start_date') }, { is_empty: v('end_date') }, { '>=': [{ date_diff: [v('start_date'), v('end_date')] }, 0] }] },
      message: label('The end date cannot be before the start date', '结束日期不能早于开始日期'),
      fields: ['end_date'],
    },
    { id: 'discount_limit', rule: { '<=': [v('discount'), 30] }, message: label('Discount is at most 30%', '折扣不能超过 30%'), fields: ['discount'] },
    { id: 'not_zero', rule: { '!=': [v('amount'), '0.00'] }, message: label('A quote cannot be for nothing', '报价金额不能为 0') },
  ],
});

const all: EntityDef[] = [quotes, quoteLines, contacts];
export const quoteLookup: EntityLookup = (key) => all.find((entity) => entity.key === key);
