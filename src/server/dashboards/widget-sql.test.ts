import { describe, expect, it } from 'vitest';
import { PgDialect } from 'drizzle-orm/pg-core';
import { noDashboardFilters, planWidget, type ResolvedDashboardFilters, type Widget } from '@/engine/dashboard';
import { label, lookup, measure, ratio, widget } from '@/engine/dashboard/test-fixtures';
import type { Actor } from '../auth/actor';
import type { Db } from '../db/types';
import { AppError } from '../errors';
import type { EntityRegistry } from '../services/entity-registry';
import { runWidget } from './run-widget';
import { widgetSql } from './widget-sql';

const dialect = new PgDialect();

function render(w: Widget, filters: ResolvedDashboardFilters = noDashboardFilters('Asia/Shanghai')) {
  const planned = planWidget(w, lookup, filters);
  if (!planned.ok) throw new Error(planned.problems.map((problem) => problem.message.en).join('; '));
  const { query, selected } = widgetSql(planned.plan, filters.timeZone, 100);
  const { sql, params } = dialect.sqlToQuery(query);
  return { sql: sql.replace(/\s+/g, ' '), params, selected };
}

describe('aggregate compiler: measures', () => {
  it('renders each aggregate as text, exact and in the database', () => {
    const { sql, params } = render(
      widget({
        dataset: {
          measures: [
            measure('records', 'count'),
            measure('with_notes', 'count', 'notes'),
            measure('buyers', 'count_distinct', 'customer'),
            measure('sales', 'sum', 'total_amount'),
            measure('average', 'avg', 'total_amount'),
            measure('smallest', 'min', 'total_amount'),
            measure('largest', 'max', 'total_amount'),
            measure('first', 'min', 'created_at'),
          ],
        },
      }),
    );
    expect(sql).toContain('select count(*) as "c0", count("r"."notes") as "c1", count(distinct "r"."customer") as "c2"');
    expect(sql).toContain('coalesce(sum("r"."total_amount"), round(0::numeric, 2)) as "c3"');
    expect(sql).toContain('round(avg("r"."total_amount"), 2) as "c4", min("r"."total_amount") as "c5", max("r"."total_amount") as "c6", min("r"."created_at") as "c7"');
    expect(sql).toContain('from (select t.* from "e_orders" as t) as "r"');
    // The outer query hands every value over as text; a date-time as UTC ISO.
    expect(sql).toMatch(/^select q\."c0"::text as "c0", .* q\."c6"::text as "c6", to_char\(q\."c7" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS\.MS"Z"'\) as "c7" from \(/);
    expect(sql).not.toContain('group by');
    expect(params).toEqual([]);
  });
  it('divides a ratio in SQL with NULLIF', () => {
    const { sql } = render(widget({ dataset: { measures: [ratio('aov', { op: 'sum', field: 'total_amount' }, { op: 'count_distinct', field: 'customer' }, 2)] } }));
    expect(sql).toContain('round((coalesce(sum("r"."total_amount"), round(0::numeric, 2)))::numeric / nullif((count(distinct "r"."customer"))::numeric, 0), 2) as "c0"');
  });
});

describe('aggregate compiler: dimensions', () => {
  it('groups by an own field, a relation\'s field (LEFT JOIN) and a relation with its title', () => {
    const { sql, selected } = render(widget({ dataset: { dimensions: [{ key: 'status', field: 'status' }, { key: 'region', field: 'customer.region' }, { key: 'customer', field: 'customer' }] } }));
    expect(sql).toContain('(select "r"."status" as "c0", "j_customer"."region" as "c1", "r"."customer" as "c2", "j_customer"."name" as "c3", count(*) as "c4"');
    expect(sql).toContain('left join "e_customers" as "j_customer" on "j_customer".id = "r"."customer"');
    expect(sql.match(/left join/g)).toHaveLength(1);
    expect(sql).toContain('group by 1, 2, 3, 4) as q order by q."c0" asc nulls last, q."c1" asc nulls last, q."c2" asc nulls last, q."c3" asc nulls last');
    expect(selected.map((column) => `${column.key}:${column.role}`)).toEqual(['status:dimension', 'region:dimension', 'customer:dimension', 'customer:title', 'n:measure']);
  });
  it('truncates a date-time in the business time zone, for each unit', () => {
    for (const unit of ['day', 'week', 'month', 'quarter', 'year'] as const) {
      const { sql, params } = render(widget({ visual: { type: 'line' }, dataset: { dimensions: [{ key: 'period', field: 'created_at', truncate: unit }] } }));
      expect(sql).toContain('(date_trunc($1, ("r"."created_at" at time zone $2)))::date as "c0"');
      expect(params).toEqual([unit, 'Asia/Shanghai']);
    }
  });
  it('truncates a date without a time zone, and reaches a parent\'s field from a line', () => {
    const { sql } = render(widget({ dataset: { entity: 'order_lines', dimensions: [{ key: 'status', field: 'parent_id.status' }], measures: [measure('qty', 'sum', 'qty')] } }));
    expect(sql).toContain('left join "e_orders" as "j_parent_id" on "j_parent_id".id = "r"."parent_id"');
    expect(sql).toContain('coalesce(sum("r"."qty"), round(0::numeric, 0))');
  });
});

describe('aggregate compiler: filters, sort and top N', () => {
  const range = (from: string, to: string): ResolvedDashboardFilters => ({ timeZone: 'Asia/Shanghai', today: to, range: { from, to }, fields: [] });

  it('applies the list\'s filter inside the subquery and relation filters as semi-joins', () => {
    const { sql, params } = render(
      widget({
        dataset: {
          entity: 'order_lines',
          filter: { and: [{ field: 'qty', op: 'gte', value: 2 }, { field: 'unit_price', op: 'between', value: ['1', '9.5'] }] },
          relationFilters: [{ relation: 'parent_id', filter: { field: 'status', op: 'in', value: ['paid', 'completed'] } }],
        },
      }),
    );
    expect(sql).toContain('from (select t.* from "e_order_lines" as t where ("qty" >= $1::bigint and "unit_price" between $2::numeric and $3::numeric) and t."parent_id" in (select id from "e_orders" where "status" in ($4::text, $5::text))) as "r"');
    expect(params).toEqual([2, '1.00', '9.50', 'paid', 'completed']);
  });
  it('merges every condition through one relation into one semi-join: relation filter, date range and field filters', () => {
    const filters: ResolvedDashboardFilters = { ...range('2026-03-01', '2026-03-01'), fields: [{ entity: 'order_lines', field: 'parent_id.channel', values: ['online'] }] };
    const { sql, params } = render(
      widget({
        dataset: { entity: 'order_lines', filter: { field: 'qty', op: 'gte', value: 2 }, relationFilters: [{ relation: 'parent_id', filter: { field: 'status', op: 'in', value: ['paid', 'completed'] } }] },
        dateField: 'parent_id.created_at',
      }),
      filters,
    );
    expect(sql).toContain('from (select t.* from "e_order_lines" as t where "qty" >= $1::bigint and t."parent_id" in (select id from "e_orders" where "status" in ($2::text, $3::text) and ("created_at" >= $4::timestamptz and "created_at" < $5::timestamptz) and "channel" in ($6::text))) as "r"');
    expect(sql.match(/ in \(select id from/g)).toHaveLength(1);
    expect(params).toEqual([2, 'paid', 'completed', '2026-02-28T16:00:00.000Z', '2026-03-01T16:00:00.000Z', 'online']);
  });
  it('applies the date range to the widget\'s date field as whole local days', () => {
    const { sql, params } = render(widget({ dateField: 'created_at' }), range('2026-03-01', '2026-03-31'));
    expect(sql).toContain('where ("created_at" >= $1::timestamptz and "created_at" < $2::timestamptz)');
    expect(params).toEqual(['2026-02-28T16:00:00.000Z', '2026-03-31T16:00:00.000Z']);
    const onParent = render(widget({ dataset: { entity: 'order_lines' }, dateField: 'parent_id.created_at' }), range('2026-03-01', '2026-03-01'));
    expect(onParent.sql).toContain('t."parent_id" in (select id from "e_orders" where ("created_at" >= $1::timestamptz and "created_at" < $2::timestamptz))');
    expect(render(widget(), range('2026-03-01', '2026-03-31')).sql).not.toContain('where');
  });
  it('applies dashboard field filters to widgets on their entity only', () => {
    const filters: ResolvedDashboardFilters = { timeZone: 'UTC', today: '2026-03-01', range: null, fields: [{ entity: 'orders', field: 'customer.region', values: ['east', 'north'] }, { entity: 'products', field: 'category', values: ['x'] }] };
    const { sql, params } = render(widget(), filters);
    expect(sql).toContain('where t."customer" in (select id from "e_customers" where "region" in ($1::text, $2::text))');
    expect(params).toEqual(['east', 'north']);
  });
  it('computes a KPI and its previous period in one query with FILTER', () => {
    const { sql, params, selected } = render(widget({ visual: { type: 'kpi' }, dateField: 'created_at', dataset: { measures: [measure('sales', 'sum', 'total_amount')] } }), range('2026-03-08', '2026-03-14'));
    expect(sql).toContain('coalesce(sum("r"."total_amount") filter (where "r"._current), round(0::numeric, 2)) as "c0"');
    expect(sql).toContain('coalesce(sum("r"."total_amount") filter (where "r"._previous), round(0::numeric, 2)) as "c1"');
    expect(sql).toContain('as _current');
    expect(selected.map((column) => column.role)).toEqual(['measure', 'previous']);
    // current, previous, then the union of both as the WHERE clause.
    expect(params).toEqual([
      '2026-03-07T16:00:00.000Z', '2026-03-14T16:00:00.000Z',
      '2026-02-28T16:00:00.000Z', '2026-03-07T16:00:00.000Z',
      '2026-03-07T16:00:00.000Z', '2026-03-14T16:00:00.000Z', '2026-02-28T16:00:00.000Z', '2026-03-07T16:00:00.000Z',
    ]);
  });
  it('sorts by keys and keeps the top N, by the first measure when no sort is given', () => {
    const top = render(widget({ dataset: { dimensions: [{ key: 'customer', field: 'customer' }], measures: [measure('sales', 'sum', 'total_amount')], limit: 10 } }));
    // Sorted on the typed values of the inner query, so 75.00 does not beat 400.00 as text would.
    expect(top.sql).toMatch(/\) as q order by q\."c2" desc nulls last, q\."c0" asc nulls last, q\."c1" asc nulls last limit 10$/);
    const sorted = render(widget({ dataset: { dimensions: [{ key: 'status', field: 'status' }], sort: [{ key: 'n', direction: 'asc' }, { key: 'status', direction: 'desc' }] } }));
    expect(sorted.sql).toMatch(/order by q\."c1" asc nulls last, q\."c0" desc nulls last limit 100$/);
  });
});

describe('aggregate compiler: two-level counts, field comparisons and a widget\'s own range', () => {
  const repurchase = ratio('rate', { op: 'count_groups', field: 'customer', having: { min: 2 } }, { op: 'count_groups', field: 'customer', having: { min: 1 } });

  it('counts the values held by enough records by grouping per value first, then counting the qualifying groups', () => {
    const { sql, params } = render(widget({ visual: { type: 'kpi', compare: false }, dataset: { measures: [repurchase, { key: 'few', label: label('few'), op: 'count_groups', field: 'customer', having: { min: 2, max: 3 } }] } }));
    // One grouping level for the one counted field, however many measures use it; no window, no distinct.
    expect(sql).toContain('from (select "r"."customer" as "_v", count(*) as "_n" from (select t.* from "e_orders" as t) as "r" group by 1) as "g" ) as q');
    expect(sql).not.toMatch(/over \(|distinct/);
    expect(sql).toContain('round((count("g"."_v") filter (where "g"."_n" >= 2))::numeric / nullif((count("g"."_v") filter (where "g"."_n" >= 1))::numeric, 0), 4) as "c0"');
    expect(sql).toContain('count("g"."_v") filter (where "g"."_n" >= 2 and "g"."_n" <= 3) as "c1"');
    expect(params).toEqual([]);
  });
  it('groups per value under the dimensions and the compared period, and counts a count_distinct of the same field there', () => {
    const byRegion = render(widget({ visual: { type: 'bar' }, dataset: { dimensions: [{ key: 'region', field: 'customer.region' }, { key: 'customer', field: 'customer' }], measures: [repurchase] } }));
    expect(byRegion.sql).toContain('from (select "j_customer"."region" as "k0", "r"."customer" as "k1", "j_customer"."name" as "k2", "r"."customer" as "_v", count(*) as "_n" from (select t.* from "e_orders" as t) as "r" left join "e_customers" as "j_customer" on "j_customer".id = "r"."customer" group by 1, 2, 3, 4) as "g" group by 1, 2, 3) as q');
    expect(byRegion.sql).toContain('(select "g"."k0" as "c0", "g"."k1" as "c1", "g"."k2" as "c2", round(');
    expect(byRegion.selected.map((column) => `${column.key}:${column.role}`)).toEqual(['region:dimension', 'customer:dimension', 'customer:title', 'rate:measure']);
    const range: ResolvedDashboardFilters = { timeZone: 'UTC', today: '2026-03-14', range: { from: '2026-03-08', to: '2026-03-14' }, fields: [] };
    const buyers = ratio('rate', { op: 'count_groups', field: 'customer', having: { min: 2 } }, { op: 'count_distinct', field: 'customer' });
    const kpi = render(widget({ visual: { type: 'kpi' }, dateField: 'created_at', dataset: { measures: [buyers] } }), range);
    expect(kpi.sql).toContain('(select "r"._current as _current, "r"._previous as _previous, "r"."customer" as "_v", count(*) as "_n" from (select t.*, (');
    expect(kpi.sql).toContain('group by 1, 2, 3) as "g" ) as q');
    expect(kpi.sql).toContain('round((count("g"."_v") filter (where "g"._current and "g"."_n" >= 2))::numeric / nullif((count("g"."_v") filter (where "g"._current))::numeric, 0), 4) as "c0"');
    expect(kpi.sql).toContain('count("g"."_v") filter (where "g"._previous and "g"."_n" >= 2)');
  });
  it('keeps a window per value when another aggregate needs the records themselves', () => {
    const mixed = render(widget({ visual: { type: 'bar' }, dataset: { dimensions: [{ key: 'region', field: 'customer.region' }], measures: [repurchase, measure('sales', 'sum', 'total_amount')] } }));
    expect(mixed.sql).toContain('count(*) over (partition by "j_customer"."region", "r"."customer") as "_g0"');
    expect(mixed.sql.match(/left join "e_customers" as "j_customer"/g)).toHaveLength(2);
    expect(mixed.sql).toContain('count(distinct "r"."customer") filter (where "r"."_g0" >= 2)');
    expect(mixed.sql).not.toContain('"_v"');
    const otherField = render(widget({ visual: { type: 'kpi', compare: false }, dataset: { measures: [ratio('r', { op: 'count_groups', field: 'customer', having: { min: 2 } }, { op: 'count_distinct', field: 'status' })] } }));
    expect(otherField.sql).toContain('count(*) over (partition by "r"."customer") as "_g0"');
  });
  it('compares a field with one on the record a relation points at, inside the filtered records', () => {
    const { sql, params } = render(
      widget({
        dataset: {
          entity: 'stock',
          fieldConditions: [{ field: 'available', op: 'lt', otherField: 'product.low_stock_threshold' }, { field: 'reserved', op: 'lte', otherField: 'on_hand' }],
          dimensions: [{ key: 'product', field: 'product' }],
          measures: [measure('available', 'sum', 'available')],
        },
      }),
    );
    expect(sql).toContain('from (select t.* from "e_stock" as t where t."available" < (select o."low_stock_threshold" from "e_products" as o where o.id = t."product") and t."reserved" <= t."on_hand") as "r"');
    expect(params).toEqual([]);
  });
  it('runs a widget with a range of its own on that range, whatever the dashboard\'s', () => {
    const filters: ResolvedDashboardFilters = { timeZone: 'Asia/Shanghai', today: '2026-03-14', range: { from: '2026-02-01', to: '2026-03-14' }, fields: [] };
    const planned = planWidget(widget({ visual: { type: 'kpi' }, dateField: 'created_at', range: { preset: 'today' } }), lookup, filters);
    expect(planned).toMatchObject({ ok: true, plan: { range: { from: '2026-03-14', to: '2026-03-14' }, comparison: { previousRange: { from: '2026-03-13', to: '2026-03-13' } } } });
    expect(render(widget({ visual: { type: 'kpi' }, dateField: 'created_at', range: { preset: 'today' } }), filters).params.slice(0, 4)).toEqual([
      '2026-03-13T16:00:00.000Z', '2026-03-14T16:00:00.000Z', '2026-03-12T16:00:00.000Z', '2026-03-13T16:00:00.000Z',
    ]);
    expect(planWidget(widget({ dateField: 'created_at' }), lookup, filters)).toMatchObject({ ok: true, plan: { range: { from: '2026-02-01', to: '2026-03-14' } } });
    expect(planWidget(widget(), lookup, filters)).toMatchObject({ ok: true, plan: { range: null } });
  });
});

describe('runWidget refusals', () => {
  const registry = { entities: new Map(), get: lookup, workflows: [] } as unknown as EntityRegistry;
  const noDb = {} as Db;
  const actor = (entities: Record<string, string[]>): Actor => ({ id: 'a', username: 'a', displayName: 'a', roles: [], grants: [{ entities: entities as never, admin: false, design: false }] });
  const refusal = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error as AppError);

  it('refuses unknown fields and entities with a 422 naming the widget, before any SQL', async () => {
    const reader = actor({ '*': ['read'] });
    for (const w of [widget({ dataset: { entity: 'nope' } }), widget({ dataset: { dimensions: [{ key: 'd', field: 'customer.nope' }] } }), widget({ dataset: { measures: [measure('s', 'sum', 'status')] } })]) {
      const error = await refusal(runWidget(noDb, reader, registry, w, noDashboardFilters('UTC')));
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ status: 422, code: 'validation_failed', details: { problems: [{ widgetKey: 'w' }] } });
      expect(error!.message).toContain('Widget "Sales"');
    }
  });
  it('needs read permission on every entity the widget reads', async () => {
    const w = widget({ dataset: { dimensions: [{ key: 'region', field: 'customer.region' }] } });
    const error = await refusal(runWidget(noDb, actor({ orders: ['read'] }), registry, w, noDashboardFilters('UTC')));
    expect(error).toMatchObject({ status: 403, code: 'forbidden' });
    expect(error!.message).toContain('customers');
  });
});
