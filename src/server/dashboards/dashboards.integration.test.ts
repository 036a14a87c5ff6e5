import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, type SQL } from 'drizzle-orm';
import { DashboardDefSchema, WidgetSchema, type DashboardDefInput, type ResolvedDashboardFilters, type WidgetInput } from '@/engine/dashboard';
import { label, measure, ratio } from '@/engine/dashboard/test-fixtures';
import { queryRows } from '../db/sql';
import type { DbHandle } from '../db/types';
import type { Actor } from '../auth/actor';
import { openTestDb, testDrivers } from '../testing/test-db';
import { testActor } from '../testing/test-actors';
import { createStockedProduct, publishOrderEntities } from '../testing/fixtures';
import { createRecord } from '../services/create-record';
import { loadRegistry, type EntityRegistry } from '../services/entity-registry';
import { dashboardFilters } from './dashboard-filters';
import { runDashboard } from './run-dashboard';
import { runWidget } from './run-widget';

const SALES_STATES = { field: 'status', op: 'in', value: ['completed', 'shipped'] };

// The range under test is 1–14 March 2026 in Shanghai (UTC+8): [2026-02-28T16:00Z, 2026-03-14T16:00Z).
// The previous period is 15–28 February: [2026-02-14T16:00Z, 2026-02-28T16:00Z).
const IN_RANGE = sql`created_at >= '2026-02-28T16:00:00Z' and created_at < '2026-03-14T16:00:00Z'`;
const IN_PREVIOUS = sql`created_at >= '2026-02-14T16:00:00Z' and created_at < '2026-02-28T16:00:00Z'`;
const LOCAL = sql`(created_at at time zone 'Asia/Shanghai')`;

const dashboard = DashboardDefSchema.parse({
  schemaVersion: 1,
  key: 'test_sales',
  name: label('销售', 'Sales'),
  filters: { dateRange: { default: { preset: 'last_7_days' } }, fields: [{ key: 'region', label: label('区域', 'Region'), entity: 'orders', field: 'customer.region' }] },
  widgets: [],
} satisfies DashboardDefInput);

function widget(key: string, rest: Omit<WidgetInput, 'key' | 'title' | 'position'>) {
  return WidgetSchema.parse({ key, title: label(key), position: { x: 0, y: 0, w: 12, h: 6 }, ...rest });
}

describe.each(testDrivers())('dashboard widgets against hand-written SQL on %s', (driver) => {
  let handle: DbHandle;
  let manager: Actor;
  let registry: EntityRegistry;
  let march: ResolvedDashboardFilters;

  const expected = (query: SQL) => queryRows<Record<string, unknown>>(handle.db, query);
  const run = async (w: ReturnType<typeof widget>, filters = march) => runWidget(handle.db, manager, registry, w, filters);

  beforeAll(async () => {
    handle = await openTestDb(driver);
    await publishOrderEntities(handle.db);
    const admin = await testActor(handle.db, ['admin']);
    manager = await testActor(handle.db, ['manager']);
    const regions = ['north', 'east', 'south', 'west', null];
    const customers: string[] = [];
    for (let i = 0; i < 10; i += 1) {
      const region = regions[i % regions.length];
      customers.push((await createRecord(handle.db, admin, 'customers', { name: `Customer ${i}`, ...(region ? { region } : {}) })).id);
    }
    const products: string[] = [];
    const prices = ['12.50', '3.99', '100.00', '0.10', '45.25', '7.77'];
    for (const [i, price] of prices.entries()) products.push(await createStockedProduct(handle.db, admin, { sku: `D-${i}`, name: `Product ${i}`, unit_price: price }, 1000));
    const states = ['completed', 'completed', 'shipped', 'cancelled', 'completed', 'closed', 'draft'];
    const localTimes = ['00:10', '09:30', '15:00', '23:50'];
    for (let i = 0; i < 42; i += 1) {
      const status = states[i % states.length];
      const lines = Array.from({ length: 1 + (i % 3) }, (_, n) => ({ product: products[(i + n * 2) % products.length], qty: 1 + ((i * 7 + n) % 4) }));
      const order = await createRecord(
        handle.db,
        admin,
        'orders',
        { customer: customers[(i * i + 3) % customers.length], channel: ['store', 'online', 'api'][i % 3], status, lines },
        { reserveStock: false, workflows: false },
      );
      // Historical orders: spread over 10 Feb – 21 Mar at local times on both sides of midnight.
      const day = new Date(Date.UTC(2026, 1, 10 + ((i * 11) % 40))).toISOString().slice(0, 10);
      const at = new Date(`${day}T${localTimes[i % localTimes.length]}:00+08:00`).toISOString();
      await handle.db.execute(sql`update e_orders set created_at = ${at}::timestamptz where id = ${order.id}`);
    }
    registry = await loadRegistry(handle.db);
    march = dashboardFilters(dashboard, { range: { preset: 'custom', from: '2026-03-01', to: '2026-03-14' } }, { timeZone: 'Asia/Shanghai' });
  });
  afterAll(() => handle?.close());

  it('seeded orders on both sides of the range and of local midnight', async () => {
    const [row] = await expected(sql`select count(*)::int as n, count(*) filter (where ${IN_RANGE})::int as inside, count(*) filter (where ${IN_PREVIOUS})::int as before from e_orders`);
    expect(row.n).toBe(42);
    expect(row.inside).toBeGreaterThan(8);
    expect(row.before).toBeGreaterThan(8);
  });

  it('every aggregate by status equals a hand-written GROUP BY', async () => {
    const data = await run(
      widget('by_status', {
        dataset: {
          entity: 'orders',
          dimensions: [{ key: 'status', field: 'status' }],
          measures: [measure('orders', 'count'), measure('buyers', 'count_distinct', 'customer'), measure('sales', 'sum', 'total_amount'), measure('average', 'avg', 'total_amount'), measure('smallest', 'min', 'total_amount'), measure('largest', 'max', 'total_amount')],
        },
        visual: { type: 'table' },
        dateField: 'created_at',
      }),
    );
    const rows = await expected(sql`select status, count(*)::int as orders, count(distinct customer)::int as buyers, sum(total_amount)::text as sales,
        round(avg(total_amount), 2)::text as average, min(total_amount)::text as smallest, max(total_amount)::text as largest
      from e_orders where ${IN_RANGE} group by status order by status`);
    expect(rows.length).toBeGreaterThan(3);
    expect(data.rows).toEqual(rows);
    expect(data.columns.find((column) => column.key === 'sales')).toMatchObject({ type: 'decimal', money: true });
    expect(data.columns.find((column) => column.key === 'status')?.options?.length).toBe(8);
  });

  it('a relation dimension LEFT JOINs, so customers without a region count under null', async () => {
    const data = await run(
      widget('by_region', {
        dataset: { entity: 'orders', filter: SALES_STATES, dimensions: [{ key: 'region', field: 'customer.region' }], measures: [measure('buyers', 'count_distinct', 'customer'), measure('sales', 'sum', 'total_amount')] },
        visual: { type: 'bar' },
        dateField: 'created_at',
      }),
    );
    const rows = await expected(sql`select c.region, count(distinct o.customer)::int as buyers, sum(o.total_amount)::text as sales
      from e_orders o left join e_customers c on c.id = o.customer
      where o.status in ('completed', 'shipped') and o.created_at >= '2026-02-28T16:00:00Z' and o.created_at < '2026-03-14T16:00:00Z'
      group by c.region order by c.region nulls last`);
    expect(rows.some((row) => row.region === null)).toBe(true);
    expect(data.rows).toEqual(rows);
  });

  it('truncates to day, week and month in the business time zone', async () => {
    const trend = (truncate: 'day' | 'week' | 'month') =>
      run(widget(`by_${truncate}`, { dataset: { entity: 'orders', filter: SALES_STATES, dimensions: [{ key: 'period', field: 'created_at', truncate }], measures: [measure('sales', 'sum', 'total_amount'), measure('orders', 'count')] }, visual: { type: 'line' } }));
    const hand = (period: SQL) =>
      expected(sql`select ${period} as period, sum(total_amount)::text as sales, count(*)::int as orders from e_orders
        where status in ('completed', 'shipped') group by 1 order by 1`);
    const days = await hand(sql`to_char(${LOCAL}, 'YYYY-MM-DD')`);
    const weeks = await hand(sql`to_char(${LOCAL}::date - (extract(isodow from ${LOCAL})::int - 1), 'YYYY-MM-DD')`);
    const months = await hand(sql`to_char(${LOCAL}, 'YYYY-MM') || '-01'`);
    expect(weeks.length).toBeGreaterThan(4);
    expect((await trend('day')).rows).toEqual(days);
    expect((await trend('week')).rows).toEqual(weeks);
    expect((await trend('month')).rows).toEqual(months);
  });

  it('top products by revenue: lines filtered by their order, grouped by product with its name', async () => {
    const data = await run(
      widget('top_products', {
        dataset: {
          entity: 'order_lines',
          relationFilters: [{ relation: 'parent_id', filter: { field: 'status', op: 'in', value: ['completed', 'shipped'] } }],
          dimensions: [{ key: 'product', field: 'product' }],
          measures: [measure('revenue', 'sum', 'line_amount'), measure('qty', 'sum', 'qty')],
          limit: 3,
        },
        visual: { type: 'bar' },
        dateField: 'parent_id.created_at',
      }),
    );
    const rows = await expected(sql`select l.product::text as product, p.name as product_title, sum(l.line_amount)::text as revenue, sum(l.qty)::text as qty
      from e_order_lines l join e_orders o on o.id = l.parent_id join e_products p on p.id = l.product
      where o.status in ('completed', 'shipped') and o.created_at >= '2026-02-28T16:00:00Z' and o.created_at < '2026-03-14T16:00:00Z'
      group by l.product, p.name order by sum(l.line_amount) desc, l.product::text limit 3`);
    expect(rows).toHaveLength(3);
    expect(data.rows).toEqual(rows);
    expect(data.columns.map((column) => `${column.key}:${column.role}`)).toEqual(['product:dimension', 'product_title:title', 'revenue:measure', 'qty:measure']);
  });

  it('KPIs with a ratio compare against the previous period in the same query', async () => {
    const data = await run(
      widget('kpis', {
        dataset: {
          entity: 'orders',
          filter: SALES_STATES,
          measures: [
            measure('sales', 'sum', 'total_amount'),
            measure('orders', 'count'),
            ratio('aov', { op: 'sum', field: 'total_amount' }, { op: 'count' }, 2),
          ],
        },
        visual: { type: 'kpi' },
        dateField: 'created_at',
      }),
    );
    const period = (range: SQL) =>
      expected(sql`select coalesce(sum(total_amount), 0)::text as sales, count(*)::int as orders, round(sum(total_amount) / nullif(count(*), 0), 2)::text as aov
        from e_orders where status in ('completed', 'shipped') and ${range}`);
    const [current] = await period(IN_RANGE);
    const [previous] = await period(IN_PREVIOUS);
    expect(data.rows).toEqual([current]);
    expect(data.previous).toEqual(previous);
    expect(data.range).toEqual({ from: '2026-03-01', to: '2026-03-14' });
    expect(data.previousRange).toEqual({ from: '2026-02-15', to: '2026-02-28' });
    expect(current.sales).not.toEqual(previous.sales);
  });

  it('a ratio over an empty group is null, not a division error', async () => {
    const data = await run(
      widget('empty', {
        dataset: { entity: 'orders', filter: { field: 'channel', op: 'eq', value: 'store' }, measures: [ratio('r', { op: 'count' }, { op: 'count', field: 'notes' })] },
        visual: { type: 'kpi', compare: false },
      }),
    );
    expect(data.rows).toEqual([{ r: null }]);
  });

  it('runs a dashboard: field filters narrow widgets on their entity, a broken widget fails in its place', async () => {
    const def = DashboardDefSchema.parse({
      ...dashboard,
      widgets: [
        widget('east_orders', { dataset: { entity: 'orders', measures: [measure('orders', 'count')] }, visual: { type: 'kpi', compare: false }, dateField: 'created_at' }),
        widget('products', { dataset: { entity: 'products', measures: [measure('products', 'count')] }, visual: { type: 'kpi' } }),
        widget('broken', { dataset: { entity: 'orders', measures: [measure('x', 'sum', 'notes')] }, visual: { type: 'kpi' } }),
      ],
    });
    const filters = dashboardFilters(def, { range: { preset: 'custom', from: '2026-03-01', to: '2026-03-14' }, fields: { region: 'east' } }, { timeZone: 'Asia/Shanghai' });
    const result = await runDashboard(handle.db, manager, registry, def, filters);
    const [hand] = await expected(sql`select count(*)::int as orders from e_orders o join e_customers c on c.id = o.customer where c.region = 'east' and o.${sql.raw(`created_at >= '2026-02-28T16:00:00Z' and o.created_at < '2026-03-14T16:00:00Z'`)}`);
    expect(result.widgets.map((w) => w.key)).toEqual(['east_orders', 'products', 'broken']);
    expect(result.widgets[0]).toMatchObject({ ok: true, data: { rows: [hand] } });
    expect(result.widgets[1]).toMatchObject({ ok: true, data: { rows: [{ products: 6 }] } });
    expect(result.widgets[2]).toMatchObject({ ok: false, error: { code: 'validation_failed', details: { problems: [{ widgetKey: 'broken', code: 'not_numeric' }] } } });
  });

  it('refuses bad filter input with a 400', () => {
    expect(() => dashboardFilters(dashboard, { range: { preset: 'custom', from: '2026-03-05', to: '2026-03-01' } })).toThrow(expect.objectContaining({ status: 400, code: 'validation_failed' }));
    expect(() => dashboardFilters(dashboard, { fields: { nope: 'x' } })).toThrow(expect.objectContaining({ status: 400 }));
  });
});
