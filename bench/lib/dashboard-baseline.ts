import { sql, type SQL } from 'drizzle-orm';
import { rangeInstants, type DayRange } from '../../src/engine/dashboard';
import { queryRows } from '../../src/server/db/sql';
import type { Db } from '../../src/server/db/types';
import type { DashboardData } from '../../src/server/dashboards/run-dashboard';

/** The ranges one dashboard call resolved: the dashboard's, today's and the previous periods. */
export type BaselineRanges = { range: DayRange; previous: DayRange; today: DayRange; yesterday: DayRange };

export type BaselineWidget = { rows: Array<Record<string, unknown>>; previous: Record<string, unknown> | null };

/**
 * The hand-written SQL of sales-overview.integration.test.ts, one statement per widget as the
 * service runs them, with a KPI's two periods in the same statement (FILTER) as anyone writing it
 * by hand for a page would. Days are compared as instant bounds on created_at ([start of the first
 * day, start of the day after the last) in the business zone), the form an index can serve; the
 * test's `(created_at at time zone …)::date between …` selects the same rows but always scans.
 */
export function baselineQueries(ranges: BaselineRanges, timeZone: string): Record<string, (db: Db) => Promise<BaselineWidget>> {
  const within = (range: DayRange, alias = 'o') => {
    const { start, end } = rangeInstants(range, timeZone);
    return sql`${sql.identifier(alias)}.created_at >= ${start}::timestamptz and ${sql.identifier(alias)}.created_at < ${end}::timestamptz`;
  };
  const span = (from: DayRange, to: DayRange) => within({ from: from.from, to: to.to });
  const SALES = sql`o.status not in ('cancelled', 'closed')`;
  const { range, previous, today, yesterday } = ranges;
  const rows = (db: Db, query: SQL) => queryRows<Record<string, unknown>>(db, query);

  /** A KPI: the measure today (rows) and yesterday (previous), sales orders only. */
  const kpi = (name: string, measure: (period: SQL) => SQL) => async (db: Db) => {
    const [row] = await rows(db, sql`select ${measure(within(today))} as current, ${measure(within(yesterday))} as previous
      from e_orders o where ${SALES} and ${span(yesterday, today)}`);
    return { rows: [{ [name]: row.current }], previous: { [name]: row.previous } };
  };
  const repurchase = (period: DayRange) => sql`(select round(count(*) filter (where n >= 2)::numeric / nullif(count(*), 0), 4)::text
      from (select customer, count(*) as n from e_orders o where ${SALES} and customer is not null and ${within(period)} group by customer) as buyers)`;
  const LOCAL_DAY = sql`(o.created_at at time zone ${timeZone})::date`;

  return {
    today_sales: kpi('sales', (period) => sql`coalesce(sum(total_amount) filter (where ${period}), 0)::text`),
    today_orders: kpi('orders', (period) => sql`count(*) filter (where ${period})::int`),
    today_aov: kpi('aov', (period) => sql`round(sum(total_amount) filter (where ${period}) / nullif(count(*) filter (where ${period}), 0), 2)::text`),
    repurchase_rate: async (db) => {
      const [row] = await rows(db, sql`select ${repurchase(range)} as current, ${repurchase(previous)} as previous`);
      return { rows: [{ rate: row.current }], previous: { rate: row.previous } };
    },
    sales_trend: async (db) => ({
      rows: await rows(db, sql`select to_char(${LOCAL_DAY}, 'YYYY-MM-DD') as day, sum(total_amount)::text as sales
        from e_orders o where ${SALES} and ${within(range)} group by 1 order by 1`),
      previous: null,
    }),
    customers_by_region: async (db) => ({
      rows: await rows(db, sql`select c.region, count(distinct o.customer)::int as customers
        from e_orders o left join e_customers c on c.id = o.customer where ${SALES} and ${within(range)} group by c.region order by c.region nulls last`),
      previous: null,
    }),
    top_products: async (db) => ({
      rows: await rows(db, sql`select l.product::text as product, p.name as product_title, sum(l.line_amount)::text as revenue
        from e_order_lines l join e_orders o on o.id = l.parent_id join e_products p on p.id = l.product
        where ${SALES} and ${within(range)} group by l.product, p.name order by sum(l.line_amount) desc, l.product limit 10`),
      previous: null,
    }),
    orders_by_status: async (db) => ({
      rows: await rows(db, sql`select status, count(*)::int as orders from e_orders o where ${within(range)} group by status order by status`),
      previous: null,
    }),
    low_stock: async (db) => ({
      rows: await rows(db, sql`select s.product::text as product, p.name as product_title, p.sku, s.available::text as available,
          p.low_stock_threshold::text as threshold, s.on_hand::text as on_hand, s.reserved::text as reserved
        from e_stock s join e_products p on p.id = s.product where s.available < p.low_stock_threshold order by s.available, s.product limit 100`),
      previous: null,
    }),
  };
}

/** The ranges the service resolved, read off its own answer so both sides ask for the same days. */
export function rangesOf(data: DashboardData): BaselineRanges {
  const widget = (key: string) => {
    const found = data.widgets.find((candidate) => candidate.key === key);
    if (!found?.ok) throw new Error(`widget ${key} failed: ${JSON.stringify(found)}`);
    return found.data;
  };
  const today = widget('today_sales');
  return { range: data.range!, previous: widget('repurchase_rate').previousRange!, today: today.range!, yesterday: today.previousRange! };
}

/** Widgets whose service data differs from the hand-written SQL's: the benchmark compares equal work or nothing. */
export function mismatches(data: DashboardData, baseline: Record<string, BaselineWidget>): string[] {
  const differing: string[] = [];
  for (const entry of data.widgets) {
    const expected = baseline[entry.key];
    if (!entry.ok || !expected) {
      differing.push(entry.key);
      continue;
    }
    const same = JSON.stringify(entry.data.rows) === JSON.stringify(expected.rows) && JSON.stringify(entry.data.previous) === JSON.stringify(expected.previous);
    if (!same) differing.push(entry.key);
  }
  return differing;
}
