import type { FieldDef } from '../../metadata/field';

/** One field of every kind the builder treats differently, labelled in both locales. */
export const FIELDS: FieldDef[] = [
  { id: 'total_amount', type: 'money', currency: 'CNY', label: { 'zh-CN': '订单金额', en: 'Total amount' } },
  { id: 'qty', type: 'number', integer: true, precision: 18, scale: 0, label: { 'zh-CN': '数量', en: 'Quantity' } },
  { id: 'notes', type: 'long_text', label: { 'zh-CN': '备注', en: 'Notes' } },
  {
    id: 'status',
    type: 'single_select',
    label: { 'zh-CN': '状态', en: 'Status' },
    options: [
      { value: 'draft', label: { 'zh-CN': '草稿', en: 'Draft' } },
      { value: 'paid', label: { 'zh-CN': '已付款', en: 'Paid' } },
      { value: 'shipped', label: { 'zh-CN': '已发货', en: 'Shipped' } },
    ],
  },
  {
    id: 'tags',
    type: 'multi_select',
    label: { 'zh-CN': '标签', en: 'Tags' },
    options: [
      { value: 'vip', label: { 'zh-CN': '大客户', en: 'VIP' } },
      { value: 'urgent', label: { 'zh-CN': '加急', en: 'Urgent' } },
    ],
  },
  { id: 'due_on', type: 'date', label: { 'zh-CN': '交货日期', en: 'Due on' } },
  { id: 'paid_at', type: 'datetime', label: { 'zh-CN': '付款时间', en: 'Paid at' } },
  { id: 'is_gift', type: 'boolean', label: { 'zh-CN': '礼品', en: 'Gift' } },
  { id: 'customer', type: 'relation', entity: 'customers', label: { 'zh-CN': '客户', en: 'Customer' } },
  { id: 'unit_price', type: 'money', currency: 'CNY', label: { 'zh-CN': '单价', en: 'Unit price' } },
  { id: 'discount', type: 'formula', resultType: 'number', expression: 0, label: { 'zh-CN': '折扣', en: 'Discount' } },
  { id: 'lines', type: 'child_table', entity: 'order_lines', label: { 'zh-CN': '明细', en: 'Lines' } },
];
