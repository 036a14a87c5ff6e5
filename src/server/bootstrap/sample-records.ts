import { sql } from 'drizzle-orm';
import { queryOne } from '../db/sql';
import type { Db } from '../db/types';
import type { Actor } from '../auth/actor';
import { createRecord } from '../services/create-record';

const CUSTOMERS = [
  { name: '华东贸易有限公司', phone: '021-6555 1234', region: 'east', level: 'vip' },
  { name: '北方机电设备厂', phone: '010-8888 2222', region: 'north', level: 'normal' },
  { name: '南粤百货', phone: '020-3333 4444', region: 'south', level: 'normal' },
  { name: 'Westwind Supplies', phone: '+86 28 6666 7777', email: 'buy@westwind.example', region: 'west', level: 'vip' },
];

const PRODUCTS = [
  { sku: 'TEA-001', name: '西湖龙井 250g', unit_price: '168.00', category: '茶叶' },
  { sku: 'TEA-002', name: '普洱熟茶 357g', unit_price: '299.00', category: '茶叶' },
  { sku: 'CUP-001', name: '白瓷茶杯', unit_price: '35.50', category: '茶具' },
  { sku: 'POT-001', name: '紫砂壶', unit_price: '880.00', category: '茶具' },
  { sku: 'GIFT-01', name: 'Gift box', unit_price: '59.90', category: 'Packaging' },
];

/** A few customers and products so a new demo has something to order; only into empty tables. */
export async function seedSampleRecords(db: Db, admin: Actor): Promise<void> {
  const existing = await queryOne<{ n: number | string }>(db, sql`select count(*) as n from e_products`);
  if (Number(existing?.n ?? 0) > 0) return;
  for (const product of PRODUCTS) await createRecord(db, admin, 'products', product);
  for (const customer of CUSTOMERS) await createRecord(db, admin, 'customers', customer);
}
