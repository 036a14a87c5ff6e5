import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, type SQL } from 'drizzle-orm';
import { queryRows } from '../db/sql';
import type { DbHandle } from '../db/types';
import type { Actor } from '../auth/actor';
import { openTestDb, testDrivers } from '../testing/test-db';
import { testActor } from '../testing/test-actors';
import { createStockedProduct } from '../testing/fixtures';
import { createRecord } from '../services/create-record';
import { installTemplate } from '../services/templates/install-template';
import { getDashboardData } from './get-dashboard-data';
import type { DashboardData } from './run-dashboard';
import type { WidgetData } from './widget-data';

// "Now" is noon of 14 March 2026 in Shanghai (the business zone). The default range, the last 30
// days, is 13 Feb – 14 Mar; its previous period 14 Jan – 12 Feb. Today's KPIs compare 14 with 13 March.
const NOW = new Date('2026-03-14T04:00:00Z');
const LOCAL_DAY = sql`(o.created_at at time zone 'Asia/Shanghai')::date`;
const SALES = sql`o.status not in ('cancelled', 'closed')`;
const between = (from: string, to: string) => sql`${LOCAL_DAY} between ${from}::date and ${to}::date`;
const RANGE = between('2026-02-13', '2026-03-14');
const PREVIOUS = between('2026-01-14', '2026-02-12');
const TODAY = between('2026-03-14', '2026-03-14');
const YESTERDAY = between('2026-03-13', '2026-03-13');

describe.each(testDrivers())('the sales-overview dashboard against hand-written SQL on %s', (driver) => {
  let handle: DbHandle;
  let manager: Actor;
  let result: DashboardData;

  const expected = (query: SQL) => queryRows<Record<string, unknown>>(handle.db, query);
  const widget = (key: string, data: DashboardData = result): WidgetData => {
    const found = data.widgets.find((candidate) => candidate.key === key);
    if (!found?.ok) throw new Error(`widget ${key}: ${JSON.stringify(found)}`);
    return found.data;
  };
  const run = (query: Record<string, string> = {}) => getDashboardData(handle.db, manager, 'sales-overview', new URLSearchParams(query), { now: NOW });

  beforeAll(async () => {
    handle = await openTestDb(driver);
    const admin = await testActor(handle.db, ['admin']);
    await installTemplate(handle.db, admin, 'order-management');
    manager = await testActor(handle.db, ['manager']);

    const regions = ['north', 'east', 'south', 'west', null];
    const customers: string[] = [];
    for (let i = 0; i < 30; i += 1) {
      const region = regions[i % regions.length];
      customers.push((await createRecord(handle.db, admin, 'customers', { name: `Customer ${i}`, ...(region ? { region } : {}) })).id);
    }
    const products: string[] = [];
    for (let i = 0; i < 12; i += 1) {
      // Thresholds from 3 up, one product in five without one; stock on both sides of them.
      const threshold = i % 5 === 4 ? null : 3 + i * 2;
      const id = await createStockedProduct(handle.db, admin, { sku: `S-${String(i).padStart(2, '0')}`, name: `Product ${i}`, unit_price: `${(i * 13.37 + 0.5).toFixed(2)}`, low_stock_threshold: threshold }, (i * 7) % 20);
      products.push(id);
    }
    await handle.db.execute(sql`update e_stock set reserved = least(on_hand, 2) where on_hand % 3 = 0`);

    const states = ['completed', 'paid', 'shipped', 'cancelled', 'completed', 'closed', 'draft', 'pending_payment', 'pending_approval'];
    const localTimes = ['00:10', '09:30', '15:00', '23:50'];
    for (let i = 0; i < 90; i += 1) {
      // A few regular customers and many occasional ones, so the repurchase rate is neither 0 nor 1.
      const lines = Array.from({ length: 1 + (i % 3) }, (_, n) => ({ product: products[(i * 5 + n * 3) % products.length], qty: 1 + ((i * 7 + n) % 4) }));
      const order = await createRecord(
        handle.db,
        admin,
        'orders',
        { customer: customers[i % 4 === 0 ? i % 5 : (i * 7 + 11) % customers.length], channel: ['store', 'online', 'api'][i % 3], status: 'draft', lines },
        { reserveStock: false, workflows: false },
      );
      // 10 Jan – 16 Mar, every tenth order today and the next yesterday, at local times on both sides of midnight.
      const offset = i % 10 === 0 ? 63 : i % 10 === 1 ? 62 : (i * 17) % 66;
      const day = new Date(Date.UTC(2026, 0, 10 + offset)).toISOString().slice(0, 10);
      const at = new Date(`${day}T${localTimes[i % localTimes.length]}:00+08:00`).toISOString();
      // Historical orders: the state and time are set directly, as states that hold stock cannot be created without reserving it.
      await handle.db.execute(sql`update e_orders set created_at = ${at}::timestamptz, status = ${states[i % states.length]} where id = ${order.id}`);
    }
    result = await run();
  });
  afterAll(() => handle?.close());

  it('seeded orders today, yesterday, in the range, before it and after today', async () => {
    const [row] = await expected(sql`select count(*) filter (where ${TODAY})::int as today, count(*) filter (where ${YESTERDAY})::int as yesterday,
        count(*) filter (where ${RANGE})::int as inside, count(*) filter (where ${PREVIOUS})::int as before, count(*) filter (where ${LOCAL_DAY} > '2026-03-14')::int as later
      from e_orders o`);
    expect(row.today).toBeGreaterThan(5);
    expect(row.yesterday).toBeGreaterThan(5);
    expect(row.inside).toBeGreaterThan(30);
    expect(row.before).toBeGreaterThan(15);
    expect(row.later).toBeGreaterThan(0);
    expect(result.range).toEqual({ from: '2026-02-13', to: '2026-03-14' });
    expect(result.widgets.filter((entry) => !entry.ok)).toEqual([]);
    expect(result.widgets.map((entry) => entry.key)).toEqual([
      'today_sales', 'today_orders', 'today_aov', 'repurchase_rate', 'sales_trend', 'customers_by_region', 'top_products', 'orders_by_status', 'low_stock',
    ]);
  });

  it("today's sales, orders and average order value, each against yesterday, without cancelled or closed orders", async () => {
    const day = (range: SQL) =>
      expected(sql`select coalesce(sum(total_amount), 0)::text as sales, count(*)::int as orders, round(sum(total_amount) / nullif(count(*), 0), 2)::text as aov
        from e_orders o where ${SALES} and ${range}`);
    const [today] = await day(TODAY);
    const [yesterday] = await day(YESTERDAY);
    expect(today.sales).not.toEqual(yesterday.sales);
    const kpis = { today_sales: 'sales', today_orders: 'orders', today_aov: 'aov' } as const;
    for (const [key, measure] of Object.entries(kpis)) {
      const data = widget(key);
      expect(data.rows, key).toEqual([{ [measure]: today[measure] }]);
      expect(data.previous, key).toEqual({ [measure]: yesterday[measure] });
      expect(data.range).toEqual({ from: '2026-03-14', to: '2026-03-14' });
      expect(data.previousRange).toEqual({ from: '2026-03-13', to: '2026-03-13' });
    }
  });

  it('repurchase rate: customers with two or more sales orders over customers with one, in the range and the period before', async () => {
    const rate = (range: SQL) =>
      expected(sql`select round(count(*) filter (where n >= 2)::numeric / nullif(count(*), 0), 4)::text as rate
        from (select customer, count(*) as n from e_orders o where ${SALES} and customer is not null and ${range} group by customer) as buyers`);
    const [current] = await rate(RANGE);
    const [previous] = await rate(PREVIOUS);
    const data = widget('repurchase_rate');
    expect(data.rows).toEqual([current]);
    expect(data.previous).toEqual(previous);
    expect(data.previousRange).toEqual({ from: '2026-01-14', to: '2026-02-12' });
    // A meaningful figure: some buyers came back, not all, and the periods differ.
    expect(Number(current.rate)).toBeGreaterThan(0);
    expect(Number(current.rate)).toBeLessThan(1);
    expect(current.rate).not.toEqual(previous.rate);
  });

  it('daily sales trend over the range', async () => {
    const rows = await expected(sql`select to_char(${LOCAL_DAY}, 'YYYY-MM-DD') as day, sum(total_amount)::text as sales
      from e_orders o where ${SALES} and ${RANGE} group by 1 order by 1`);
    expect(rows.length).toBeGreaterThan(15);
    expect(widget('sales_trend').rows).toEqual(rows);
  });

  it('customers by region: buyers in the range, those without a region under null', async () => {
    const rows = await expected(sql`select c.region, count(distinct o.customer)::int as customers
      from e_orders o left join e_customers c on c.id = o.customer where ${SALES} and ${RANGE} group by c.region order by c.region nulls last`);
    expect(rows.some((row) => row.region === null)).toBe(true);
    expect(widget('customers_by_region').rows).toEqual(rows);
  });

  it('top 10 products by revenue, from lines of sales orders in the range', async () => {
    const rows = await expected(sql`select l.product::text as product, p.name as product_title, sum(l.line_amount)::text as revenue
      from e_order_lines l join e_orders o on o.id = l.parent_id join e_products p on p.id = l.product
      where ${SALES} and ${RANGE} group by l.product, p.name order by sum(l.line_amount) desc, l.product limit 10`);
    const [all] = await expected(sql`select count(distinct l.product)::int as n from e_order_lines l join e_orders o on o.id = l.parent_id where ${SALES} and ${RANGE}`);
    expect(all.n).toBeGreaterThan(10);
    expect(rows).toHaveLength(10);
    expect(widget('top_products').rows).toEqual(rows);
  });

  it('orders by status, cancelled and closed included', async () => {
    const rows = await expected(sql`select status, count(*)::int as orders from e_orders o where ${RANGE} group by status order by status`);
    expect(rows.map((row) => row.status)).toEqual(expect.arrayContaining(['cancelled', 'closed', 'completed']));
    expect(widget('orders_by_status').rows).toEqual(rows);
  });

  it("low stock: stock whose available is below its product's threshold, lowest first", async () => {
    const rows = await expected(sql`select s.product::text as product, p.name as product_title, p.sku, s.available::text as available,
        p.low_stock_threshold::text as threshold, s.on_hand::text as on_hand, s.reserved::text as reserved
      from e_stock s join e_products p on p.id = s.product where s.available < p.low_stock_threshold order by s.available, s.product`);
    const [total] = await expected(sql`select count(*)::int as n from e_stock`);
    expect(rows.length).toBeGreaterThan(2);
    expect(rows.length).toBeLessThan(Number(total.n) - 2);
    expect(rows.some((row) => row.reserved !== '0')).toBe(true);
    const data = widget('low_stock');
    expect(data.rows).toEqual(rows);
    expect(data.range).toBeNull();
  });

  it('a custom range and a region filter narrow the widgets on orders', async () => {
    const data = await run({ from: '2026-03-01', to: '2026-03-10', filters: JSON.stringify({ region: 'east' }) });
    expect(data.range).toEqual({ from: '2026-03-01', to: '2026-03-10' });
    const rows = await expected(sql`select to_char(${LOCAL_DAY}, 'YYYY-MM-DD') as day, sum(o.total_amount)::text as sales
      from e_orders o join e_customers c on c.id = o.customer where ${SALES} and c.region = 'east' and ${between('2026-03-01', '2026-03-10')} group by 1 order by 1`);
    expect(rows.length).toBeGreaterThan(0);
    expect(widget('sales_trend', data).rows).toEqual(rows);
    expect(widget('customers_by_region', data).rows.map((row) => row.region)).toEqual(['east']);
    // Today's KPIs keep their own day whatever the range.
    expect(widget('today_sales', data).range).toEqual({ from: '2026-03-14', to: '2026-03-14' });
  });

  it('refuses a date that is not one, a backwards range and unknown filters with a 400', async () => {
    for (const query of [{ from: '2026-02-30', to: '2026-03-01' }, { from: '2026-03-05', to: '2026-03-01' }, { from: '2026-03-01' }, { preset: 'yesterday' }, { filters: '{"nope":"x"}' }, { filters: '{not json' }] as Array<Record<string, string>>) {
      await expect(run(query), JSON.stringify(query)).rejects.toMatchObject({ status: 400, code: 'validation_failed' });
    }
  });
});
