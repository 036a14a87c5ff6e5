import { describe, expect, it } from 'vitest';
import { DashboardDefSchema, type DashboardDefInput } from './definition';
import { noDashboardFilters } from './filters';
import { parseDashboardDef } from './parse';
import { planWidget } from './plan-widget';
import { label, lookup, measure, ratio, widget } from './test-fixtures';
import { checkDashboardDocument, validateDashboard } from './validate-dashboard';

const codes = (w: ReturnType<typeof widget>) => {
  const result = planWidget(w, lookup, noDashboardFilters('UTC'));
  return result.ok ? [] : result.problems.map((problem) => `${problem.path}:${problem.code}`);
};

const doc: DashboardDefInput = {
  schemaVersion: 1,
  key: 'sales',
  name: label('销售概览', 'Sales overview'),
  filters: { dateRange: { default: { preset: 'last_30_days' } }, fields: [{ key: 'region', label: label('区域', 'Region'), entity: 'orders', field: 'customer.region' }] },
  widgets: [
    {
      key: 'trend',
      title: label('每日销售', 'Daily sales'),
      position: { x: 0, y: 0, w: 24, h: 8 },
      dataset: { entity: 'orders', measures: [measure('sales', 'sum', 'total_amount')], dimensions: [{ key: 'day', field: 'created_at', truncate: 'day' }] },
      visual: { type: 'line' },
      dateField: 'created_at',
    },
  ],
};

describe('dashboard definition', () => {
  it('parses a versioned document and fills defaults', () => {
    const parsed = parseDashboardDef(doc);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.dashboard.widgets[0].dataset).toMatchObject({ relationFilters: [], sort: [] });
    expect(validateDashboard(parsed.dashboard, lookup)).toEqual([]);
  });
  it('refuses another schema version, keys that are not identifiers and cells off the 24-column grid', () => {
    expect(parseDashboardDef({ ...doc, schemaVersion: 2 }).ok).toBe(false);
    expect(parseDashboardDef({ ...doc, key: 'Sales; drop' }).ok).toBe(false);
    const wide = structuredClone(doc);
    wide.widgets[0].position = { x: 12, y: 0, w: 13, h: 4 };
    expect(parseDashboardDef(wide)).toMatchObject({ ok: false, issues: [{ path: 'widgets.0.position.w' }] });
    const badPath = structuredClone(doc);
    badPath.widgets[0].dataset.measures[0] = measure('sales', 'sum', 'customer.region.name');
    expect(parseDashboardDef(badPath).ok).toBe(false);
    expect(parseDashboardDef({ ...doc, widgets: [{ ...doc.widgets[0], dataset: { ...doc.widgets[0].dataset, measures: [measure('s', 'sum')] } }] }).ok).toBe(false);
  });
  it('reports problems in both languages, naming the widget', () => {
    const broken = structuredClone(doc);
    broken.widgets[0].dataset.measures = [measure('sales', 'sum', 'notes')];
    const result = checkDashboardDocument(broken, lookup);
    expect(result).toMatchObject({ ok: false, problems: [{ widgetKey: 'trend', path: 'dataset.measures[0].field', code: 'not_numeric' }] });
    if (result.ok) return;
    expect(result.problems[0].message['zh-CN']).toContain('组件“每日销售”');
    expect(result.problems[0].message.en).toContain('Widget "Daily sales"');
    expect(result.problems[0].message.en).toContain('"notes"');
  });
  it('checks dashboard filters and duplicate widget keys', () => {
    const dashboard = DashboardDefSchema.parse({
      ...doc,
      filters: { fields: [{ key: 'r', label: label('r'), entity: 'orders', field: 'customer.nope' }, { key: 'r', label: label('r'), entity: 'nope', field: 'x' }] },
      widgets: [doc.widgets[0], doc.widgets[0]],
    });
    expect(validateDashboard(dashboard, lookup).map((problem) => `${problem.path}:${problem.code}`)).toEqual([
      'widgets[1].key:duplicate_key',
      'filters.fields[0].field:unknown_field',
      'filters.fields[1].key:duplicate_key',
      'filters.fields[1].entity:unknown_entity',
    ]);
  });
});

describe('two-level counts, field comparisons, a widget\'s own range and roles', () => {
  const groups = (field: string, having: { min: number; max?: number }) => ({ key: 'g', label: label('g'), op: 'count_groups' as const, field, having });

  it('parses count_groups as a measure and inside a ratio, refusing a missing field or an empty band', () => {
    const parsed = parseDashboardDef({ ...doc, roles: ['manager'], widgets: [{ ...doc.widgets[0], dataset: { ...doc.widgets[0].dataset, measures: [groups('customer', { min: 2 }), { ...ratio('r', { op: 'count_groups', field: 'customer', having: { min: 2 } }, { op: 'count_distinct', field: 'customer' }) }] } }] });
    expect(parsed).toMatchObject({ ok: true, dashboard: { roles: ['manager'] } });
    const bad = (measure: unknown) => parseDashboardDef({ ...doc, widgets: [{ ...doc.widgets[0], dataset: { ...doc.widgets[0].dataset, measures: [measure] } }] }).ok;
    expect(bad({ key: 'g', label: label('g'), op: 'count_groups', having: { min: 2 } })).toBe(false);
    expect(bad(groups('customer', { min: 0 }))).toBe(false);
    expect(bad(groups('customer', { min: 3, max: 2 }))).toBe(false);
    expect(parseDashboardDef({ ...doc, roles: ['Not A Key'] }).ok).toBe(false);
  });
  it('checks count_groups fields against metadata and types the result as a count', () => {
    expect(codes(widget({ dataset: { measures: [groups('nope', { min: 2 })] } }))).toEqual(['dataset.measures[0].field:unknown_field']);
    expect(codes(widget({ dataset: { measures: [ratio('r', { op: 'count_groups', field: 'customer.nope', having: { min: 2 } }, { op: 'count' })] } }))).toEqual(['dataset.measures[0].numerator.field:unknown_field']);
    const planned = planWidget(widget({ dataset: { measures: [groups('customer.region', { min: 2 })] } }), lookup, noDashboardFilters('UTC'));
    expect(planned).toMatchObject({ ok: true, plan: { joins: [{ relation: 'customer', entity: 'customers' }], columns: [{ key: 'g', type: 'integer' }] } });
  });
  it('checks field comparisons: both paths exist, their types compare and the operator suits them', () => {
    const compare = (field: string, op: 'eq' | 'lt', otherField: string) => codes(widget({ dataset: { entity: 'stock', fieldConditions: [{ field, op, otherField }] } }));
    expect(compare('available', 'lt', 'product.low_stock_threshold')).toEqual([]);
    expect(compare('on_hand', 'lt', 'available')).toEqual([]);
    expect(compare('nope', 'lt', 'on_hand')).toEqual(['dataset.fieldConditions[0].field:unknown_field']);
    expect(compare('on_hand', 'lt', 'product.nope')).toEqual(['dataset.fieldConditions[0].otherField:unknown_field']);
    expect(compare('on_hand', 'lt', 'product.name')).toEqual(['dataset.fieldConditions[0].otherField:invalid_filter']);
    expect(compare('on_hand', 'lt', 'created_at')).toEqual(['dataset.fieldConditions[0].otherField:invalid_filter']);
    expect(compare('product', 'lt', 'product.id')).toEqual(['dataset.fieldConditions[0].op:invalid_filter']);
    expect(compare('product', 'eq', 'product.id')).toEqual([]);
    const planned = planWidget(widget({ dataset: { entity: 'stock', fieldConditions: [{ field: 'available', op: 'lt', otherField: 'product.low_stock_threshold' }] } }), lookup, noDashboardFilters('UTC'));
    expect(planned).toMatchObject({ ok: true, plan: { reads: ['stock', 'products'], joins: [], fieldConditions: [{ left: { relation: null, column: 'available' }, op: 'lt', right: { relation: 'product', entity: 'products', column: 'low_stock_threshold' } }] } });
  });
  it('needs a date field for a widget\'s own range', () => {
    expect(codes(widget({ range: { preset: 'today' } }))).toEqual(['range:invalid_range']);
    expect(codes(widget({ range: { preset: 'today' }, dateField: 'created_at' }))).toEqual([]);
  });
});

describe('widget validation against metadata', () => {
  it('refuses unknown entities, fields and relations', () => {
    expect(codes(widget({ dataset: { entity: 'nope' } }))).toEqual(['dataset.entity:unknown_entity']);
    expect(codes(widget({ dataset: { measures: [measure('s', 'sum', 'nope')] } }))).toEqual(['dataset.measures[0].field:unknown_field']);
    expect(codes(widget({ dataset: { dimensions: [{ key: 'r', field: 'status.region' }] } }))).toEqual(['dataset.dimensions[0].field:unknown_relation']);
    expect(codes(widget({ dataset: { dimensions: [{ key: 'r', field: 'customer.nope' }] } }))).toEqual(['dataset.dimensions[0].field:unknown_field']);
    expect(codes(widget({ dataset: { dimensions: [{ key: 'r', field: 'lines' }] } }))).toEqual(['dataset.dimensions[0].field:unsupported_field']);
    expect(codes(widget({ dataset: { relationFilters: [{ relation: 'channel', filter: null }] } }))).toEqual(['dataset.relationFilters[0].relation:unknown_relation']);
    expect(codes(widget({ dateField: 'nope' }))).toEqual(['dateField:unknown_field']);
  });
  it('refuses sums over non-numbers and truncation of non-dates', () => {
    expect(codes(widget({ dataset: { measures: [measure('s', 'avg', 'status')] } }))).toEqual(['dataset.measures[0].field:not_numeric']);
    expect(codes(widget({ dataset: { measures: [measure('s', 'max', 'customer')] } }))).toEqual(['dataset.measures[0].field:not_numeric']);
    expect(codes(widget({ dataset: { dimensions: [{ key: 'd', field: 'status', truncate: 'month' }] } }))).toEqual(['dataset.dimensions[0].truncate:not_date']);
    expect(codes(widget({ dataset: { dimensions: [{ key: 'd', field: 'created_at' }] } }))).toEqual(['dataset.dimensions[0].truncate:truncate_required']);
    expect(codes(widget({ dateField: 'status' }))).toEqual(['dateField:not_date']);
  });
  it('refuses invalid filters with the list compiler\'s findings', () => {
    const result = planWidget(widget({ dataset: { filter: { field: 'status', op: 'eq', value: 'lost' } } }), lookup, noDashboardFilters('UTC'));
    expect(result).toMatchObject({ ok: false, problems: [{ path: 'dataset.filter', code: 'invalid_filter' }] });
    expect(codes(widget({ dataset: { relationFilters: [{ relation: 'customer', filter: { field: 'nope', op: 'eq', value: 1 } }] } }))).toEqual(['dataset.relationFilters[0].filter:invalid_filter']);
  });
  it('checks sort keys, duplicate keys and the shape each visual needs', () => {
    expect(codes(widget({ dataset: { sort: [{ key: 'nope', direction: 'asc' }] } }))).toEqual(['dataset.sort[0].key:unknown_sort_key']);
    expect(codes(widget({ dataset: { dimensions: [{ key: 'n', field: 'status' }] } }))).toEqual(['dataset:duplicate_key']);
    expect(codes(widget({ dataset: { dimensions: [{ key: 'c', field: 'customer' }], measures: [measure('c_title', 'count')] } }))).toEqual(['dataset:duplicate_key']);
    const dims = (n: number) => ['status', 'channel', 'customer.region'].slice(0, n).map((field, i) => ({ key: `d${i}`, field }));
    expect(codes(widget({ visual: { type: 'kpi' }, dataset: { dimensions: dims(1) } }))).toEqual(['visual:visual_mismatch']);
    expect(codes(widget({ visual: { type: 'pie' }, dataset: { dimensions: dims(1), measures: [measure('a', 'count'), measure('b', 'count')] } }))).toEqual(['visual:visual_mismatch']);
    expect(codes(widget({ visual: { type: 'stacked_bar' }, dataset: { dimensions: dims(1) } }))).toEqual(['visual:visual_mismatch']);
    expect(codes(widget({ visual: { type: 'line' } }))).toEqual(['visual:visual_mismatch']);
    for (const [type, n] of [['kpi', 0], ['line', 2], ['bar', 1], ['stacked_bar', 2], ['pie', 1], ['donut', 1], ['table', 3], ['pivot', 2]] as const) {
      expect(codes(widget({ visual: { type }, dataset: { dimensions: dims(n) } })), type).toEqual([]);
    }
  });
});
