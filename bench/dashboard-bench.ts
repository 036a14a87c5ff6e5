/**
 * The sales-overview dashboard over a year of sales (1,000,000 orders, 3,000,000 lines) on real
 * PostgreSQL: the whole data call as the route makes it (getDashboardData in-process: registry,
 * access check, every widget's query concurrently on the app's pool) against the hand-written SQL
 * for the same widgets (bench/lib/dashboard-baseline.ts), run concurrently the same way, in the
 * same run, for the default range (last 30 days) and for 365 days; then each widget alone, to show
 * where the time goes. Part of `npm run bench`; `npm run bench -- dashboards` runs it alone.
 * BENCH_DASHBOARD_ORDERS (default 1,000,000) and BENCH_DASHBOARD_RUNS (default 20) scale it.
 */
import { sql } from 'drizzle-orm';
import { addDays } from '../src/engine/dashboard';
import type { Actor } from '../src/server/auth/actor';
import { loadActor } from '../src/server/auth/load-actor';
import { createUser } from '../src/server/bootstrap/users';
import { connect } from '../src/server/db/connect';
import { queryRows } from '../src/server/db/sql';
import type { DbHandle } from '../src/server/db/types';
import { visibleDashboard } from '../src/server/dashboards/dashboard-access';
import { dashboardFilters } from '../src/server/dashboards/dashboard-filters';
import { dataQueryInput } from '../src/server/dashboards/data-query';
import { getDashboardData } from '../src/server/dashboards/get-dashboard-data';
import { runWidget } from '../src/server/dashboards/run-widget';
import { BUSINESS_TIME_ZONE } from '../src/server/services/business-time-zone';
import { loadRegistry } from '../src/server/services/entity-registry';
import { createBenchDb } from './lib/bench-db';
import { baselineQueries, mismatches, rangesOf, type BaselineWidget } from './lib/dashboard-baseline';
import { seedSales } from './lib/dashboard-seed';
import { quantile } from './lib/percentiles';

const ORDERS = Number(process.env.BENCH_DASHBOARD_ORDERS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_DASHBOARD_RUNS ?? 20);
const WARM_UP = 3;
const WIDGET_RUNS = 5;
const KEY = 'sales-overview';
// The app's pool (connect's default), shared by the widgets of one call and by the baseline alike.
const CONNECTIONS = 10;

const ms = (value: number) => `${value.toFixed(1).padStart(7)} ms`;
const elapsed = async (task: () => Promise<unknown>) => {
  const started = performance.now();
  await task();
  return performance.now() - started;
};

type Scenario = { name: string; query: URLSearchParams };
type Figures = { service: number[]; baseline: number[]; widgets: Array<{ key: string; service: number; baseline: number }> };

async function measure(handle: DbHandle, actor: Actor, scenario: Scenario, now: Date): Promise<Figures> {
  const service = () => getDashboardData(handle.db, actor, KEY, scenario.query, { now });
  const first = await service();
  const queries = baselineQueries(rangesOf(first), BUSINESS_TIME_ZONE);
  // The same concurrency as runDashboard: every widget's statement at once on the pool.
  const baseline = async () => Object.fromEntries(await Promise.all(Object.entries(queries).map(async ([key, run]) => [key, await run(handle.db)] as const))) as Record<string, BaselineWidget>;
  const differing = mismatches(first, await baseline());
  if (differing.length) throw new Error(`${scenario.name}: the service and the hand-written SQL disagree on ${differing.join(', ')}`);

  for (let i = 0; i < WARM_UP; i += 1) {
    await service();
    await baseline();
  }
  const figures: Figures = { service: [], baseline: [], widgets: [] };
  // Interleaved, so both sides see the same cache and the same neighbours on the shared machine.
  for (let i = 0; i < RUNS; i += 1) {
    figures.service.push(await elapsed(service));
    figures.baseline.push(await elapsed(baseline));
  }

  // Each widget alone (median of a few), the service's runWidget against its hand-written statement.
  const registry = await loadRegistry(handle.db);
  const dashboard = await visibleDashboard(handle.db, actor, registry, KEY);
  const filters = dashboardFilters(dashboard, dataQueryInput(scenario.query), { now });
  for (const widget of dashboard.widgets) {
    const own: number[] = [];
    const hand: number[] = [];
    for (let i = 0; i < WIDGET_RUNS; i += 1) {
      own.push(await elapsed(() => runWidget(handle.db, actor, registry, widget, filters)));
      hand.push(await elapsed(() => queries[widget.key](handle.db)));
    }
    figures.widgets.push({ key: widget.key, service: quantile(own, 0.5), baseline: quantile(hand, 0.5) });
  }
  return figures;
}

function report(scenario: Scenario, figures: Figures): boolean {
  const p = (values: number[], q: number) => quantile(values, q);
  const ratio50 = p(figures.service, 0.5) / p(figures.baseline, 0.5);
  const ratio95 = p(figures.service, 0.95) / p(figures.baseline, 0.95);
  const p95 = p(figures.service, 0.95);
  const met = ratio50 <= 1.3 && p95 < 1000;
  console.log(`\n${scenario.name}: ${RUNS} calls each after ${WARM_UP} warm-up, ${CONNECTIONS} connections`);
  console.log(`${'dashboard data (service, in-process)'.padEnd(40)} p50 ${ms(p(figures.service, 0.5))}  p95 ${ms(p95)}`);
  console.log(`${'baseline: hand-written SQL, concurrent'.padEnd(40)} p50 ${ms(p(figures.baseline, 0.5))}  p95 ${ms(p(figures.baseline, 0.95))}`);
  console.log(`ratio service / baseline: p50 ${ratio50.toFixed(2)}  p95 ${ratio95.toFixed(2)} (target ≤ 1.3, p95 < 1 s)${met ? '' : '  ← target missed'}`);
  console.log(`slowest widgets alone (median of ${WIDGET_RUNS}):`);
  for (const widget of [...figures.widgets].sort((a, b) => b.service - a.service).slice(0, 5)) {
    console.log(`  ${widget.key.padEnd(22)} service ${ms(widget.service)}  baseline ${ms(widget.baseline)}  ratio ${(widget.service / widget.baseline).toFixed(2)}`);
  }
  return met;
}

export async function dashboardBench(): Promise<void> {
  const db = await createBenchDb(0);
  let handle: DbHandle | undefined;
  try {
    const seed = await seedSales(db.url, { customers: 2000, products: 1000, orders: ORDERS });
    handle = await connect({ url: db.url, poolSize: CONNECTIONS });
    const { id } = await createUser(handle.db, { username: 'dash_manager', password: 'bench-password', roles: ['manager'] });
    const actor = (await loadActor(handle.db, id))!;
    const [sizes] = await queryRows<{ orders: string; lines: string }>(
      handle.db,
      sql`select pg_size_pretty(pg_total_relation_size('e_orders')) as orders, pg_size_pretty(pg_total_relation_size('e_order_lines')) as lines`,
    );
    console.log(`\nDashboards: sales-overview on PostgreSQL (2 cores shared by client and database)`);
    console.log(
      `seeded ${seed.orders.toLocaleString('en')} orders (${sizes.orders} with indexes), ${seed.lines.toLocaleString('en')} lines (${sizes.lines}), ` +
        `${seed.customers.toLocaleString('en')} customers, ${seed.products.toLocaleString('en')} products in ${seed.seconds.toFixed(1)} s (SQL, then VACUUM ANALYZE)`,
    );

    const now = new Date();
    const today = (await getDashboardData(handle.db, actor, KEY, new URLSearchParams(), { now })).widgets.find((widget) => widget.key === 'today_sales');
    const todayDay = today?.ok ? today.data.range!.to : now.toISOString().slice(0, 10);
    const scenarios: Scenario[] = [
      { name: 'default range (last 30 days)', query: new URLSearchParams() },
      { name: 'last 365 days', query: new URLSearchParams({ from: addDays(todayDay, -364), to: todayDay }) },
    ];
    let allMet = true;
    for (const scenario of scenarios) allMet = report(scenario, await measure(handle, actor, scenario, now)) && allMet;
    // PostgreSQL's JIT compiles every query costed above jit_above_cost, which these aggregates are,
    // and the compile time is paid on every call; the default range again without it.
    await handle.close();
    handle = undefined;
    const admin = await connect({ url: db.url, poolSize: 1 });
    await admin.db.execute(sql`alter database ${sql.identifier(new URL(db.url).pathname.slice(1))} set jit = off`);
    await admin.close();
    handle = await connect({ url: db.url, poolSize: CONNECTIONS });
    report({ ...scenarios[0], name: `${scenarios[0].name}, jit off for the database` }, await measure(handle, actor, scenarios[0], now));
    if (!allMet) console.log('(a missed target is reported, not an error; see the figures above)');
  } finally {
    await handle?.close();
    await db.drop();
  }
}
