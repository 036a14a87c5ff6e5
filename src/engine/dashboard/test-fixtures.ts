import customers from '../../../templates/order-management/entities/customers.json';
import orderLines from '../../../templates/order-management/entities/order_lines.json';
import orders from '../../../templates/order-management/entities/orders.json';
import products from '../../../templates/order-management/entities/products.json';
import stock from '../../../templates/order-management/entities/stock.json';
import { parseEntityDef, type EntityDef } from '../metadata';
import type { Aggregate, AggregateOp } from './dataset';

type AggregateInput = { op: AggregateOp; field?: string } | Aggregate;
import type { WidgetInput } from './definition';
import { WidgetSchema, type Widget } from './definition';

/** The order template's entities, as the dashboard tests see them. */
const entities = new Map<string, EntityDef>([customers, orderLines, orders, products, stock].map((doc) => {
  const entity = parseEntityDef(doc);
  return [entity.key, entity];
}));
export const lookup = (key: string) => entities.get(key);

export const label = (zh: string, en = zh) => ({ 'zh-CN': zh, en });

/** A widget on orders at the grid's origin; `dataset` and the rest override the defaults. */
export function widget(overrides: Partial<Omit<WidgetInput, 'dataset'>> & { dataset?: Partial<WidgetInput['dataset']> } = {}): Widget {
  const { dataset, ...rest } = overrides;
  return WidgetSchema.parse({
    key: 'w',
    title: label('销售', 'Sales'),
    position: { x: 0, y: 0, w: 12, h: 6 },
    visual: { type: 'table' },
    ...rest,
    dataset: { entity: 'orders', measures: [{ key: 'n', label: label('数量', 'Count'), op: 'count' }], ...dataset },
  });
}

export const measure = (key: string, op: AggregateOp, field?: string) => ({ key, label: label(key), op, ...(field ? { field } : {}) });

export const ratio = (key: string, numerator: AggregateInput, denominator: AggregateInput, scale = 4) => ({
  key,
  label: label(key),
  op: 'ratio' as const,
  numerator,
  denominator,
  scale,
});
