import type { EntityView } from '@/engine/contract/api-types';
import { defaultForm } from '@/engine/metadata/form';
import { parseEntityDef } from '@/engine/metadata/parse';
import customers from '../../../templates/order-management/entities/customers.json';
import orderLines from '../../../templates/order-management/entities/order_lines.json';
import orders from '../../../templates/order-management/entities/orders.json';
import products from '../../../templates/order-management/entities/products.json';
import stock from '../../../templates/order-management/entities/stock.json';

/** The order template as GET /entities/orders serves it, for tests of metadata-driven UI logic. */
export function orderView(): EntityView {
  const entity = parseEntityDef(orders);
  const related = Object.fromEntries([customers, orderLines, products, stock].map((doc) => parseEntityDef(doc)).map((def) => [def.key, def]));
  return { entity, form: defaultForm(entity), related, permissions: ['create', 'read', 'update'] };
}
