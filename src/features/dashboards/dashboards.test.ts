import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { lookup } from '@/engine/dashboard/test-fixtures';
import { chartModel, type ChartContext } from './chart-options';
import { crossFilterKeys, mergedFieldFilters, withCrossFilter } from './cross-filter';
import { dashboardDataPath, dashboardSearch, readDashboardQuery } from './dashboard-query';
import { formatChange, formatDimension, formatMeasure, formatPercent, formatPeriod, kpiChange } from './format';
import { gridArea, readingOrder, stackedHeight } from './grid-metrics';
import { periodsOf } from './periods';
import { pivotModel } from './pivot';
import { recordsHref } from './record-link';
import { dayColumn, ordersColumn, regionColumn, salesColumn, salesDashboard, widgetData } from './test-data';
import { percentMeasures } from './widget-columns';
import { csvText } from './widget-download';
import { exportFileName, flatTable } from './widget-table';

const en: ChartContext = { locale: 'en', empty: '(none)', yes: 'Yes', no: 'No', percent: new Set() };
const zh: ChartContext = { ...en, locale: 'zh-CN', empty: '（空）' };
const widget = (key: string) => salesDashboard.widgets.find((candidate) => candidate.key === key)!;

describe('number formatting', () => {
  it('formats money in the reader’s language without losing digits of exact decimals', () => {
    expect(formatMeasure('1234567.5', salesColumn, 'en')).toBe('CN¥1,234,567.50');
    expect(formatMeasure('1234567.5', salesColumn, 'zh-CN')).toBe('¥1,234,567.50');
    expect(formatMeasure('12345678901234567.25', salesColumn, 'zh-CN')).toBe('¥12,345,678,901,234,567.25');
    expect(formatMeasure('-3', { type: 'decimal', money: true }, 'en')).toBe('-3.00');
  });

  it('groups counts and keeps a decimal’s own digits', () => {
    expect(formatMeasure(1234567, ordersColumn, 'en')).toBe('1,234,567');
    expect(formatMeasure('0.125', { type: 'decimal' }, 'zh-CN')).toBe('0.125');
    expect(formatMeasure('1040.00', { type: 'decimal' }, 'en')).toBe('1,040.00');
    expect(formatMeasure(null, ordersColumn, 'en')).toBe('-');
  });

  it('shows shares as percentages', () => {
    expect(formatMeasure('0.3333', { type: 'decimal' }, 'en', { percent: true })).toBe('33.3%');
    expect(formatPercent(0.125, 'zh-CN', true)).toBe('+12.5%');
    expect(formatPercent(-0.5, 'en', true)).toBe('-50%');
    expect(formatPercent(0, 'en', true)).toBe('0%');
  });

  it('treats a ratio of two counts as a share, an amount per order as a number', () => {
    expect([...percentMeasures(widget('repurchase'))]).toEqual(['rate']);
  });
});

describe('change against the previous period', () => {
  it('computes rises and falls relative to the previous value', () => {
    expect(kpiChange('150.00', '100.00')).toEqual({ direction: 'up', ratio: 0.5 });
    expect(kpiChange(80, 100)).toEqual({ direction: 'down', ratio: -0.2 });
    expect(kpiChange(5, 5)).toEqual({ direction: 'flat', ratio: 0 });
    expect(kpiChange('-50', '-100')).toEqual({ direction: 'up', ratio: 0.5 });
  });

  it('has no finite percentage after a period of zero, and nothing without a previous value', () => {
    expect(kpiChange(12, 0)).toEqual({ direction: 'up', ratio: null });
    expect(kpiChange(0, 0)).toEqual({ direction: 'flat', ratio: 0 });
    expect(kpiChange(12, null)).toBeNull();
    expect(kpiChange(12, undefined)).toBeNull();
    expect(kpiChange(null, 4)).toBeNull();
    expect(formatChange({ direction: 'up', ratio: null }, 'en')).toBe('+∞');
    expect(formatChange({ direction: 'down', ratio: -0.25 }, 'zh-CN')).toBe('-25%');
  });
});

describe('dimension values', () => {
  it('shows option labels, related titles, empty groups and periods', () => {
    const row = { region: 'east', product: 'p1', product_title: 'Teapot' };
    expect(formatDimension('east', regionColumn, row, [regionColumn], zh)).toBe('华东');
    const product = { key: 'product', role: 'dimension' as const, label: { 'zh-CN': '商品', en: 'Product' }, type: 'id' as const, entity: 'products' };
    const title = { key: 'product_title', role: 'title' as const, of: 'product', label: product.label, type: 'text' as const };
    expect(formatDimension('p1', product, row, [product, title], en)).toBe('Teapot');
    expect(formatDimension(null, regionColumn, {}, [regionColumn], zh)).toBe('（空）');
    expect(formatPeriod('2026-03-01', 'month', 'en')).toBe('Mar 2026');
    expect(formatPeriod('2026-03-01', 'month', 'zh-CN')).toBe('2026年3月');
    expect(formatPeriod('2026-04-01', 'quarter', 'en')).toBe('Q2 2026');
    expect(formatPeriod('2026-04-01', 'quarter', 'zh-CN')).toBe('2026年第2季度');
    expect(formatPeriod('2026-03-14', 'day', 'en')).toBe('Mar 14, 2026');
  });
});

describe('chart options', () => {
  const trend = widgetData({
    columns: [dayColumn, salesColumn],
    range: { from: '2026-03-01', to: '2026-03-04' },
    rows: [
      { day: '2026-03-01', sales: '100.50' },
      { day: '2026-03-02', sales: '80.00' },
      { day: '2026-03-03', sales: null },
    ],
  });

  it('draws a line with every day of the range along the bottom and the measure as one series', () => {
    const model = chartModel({ type: 'line', smooth: true, area: true }, trend, { ...en, additive: new Set(['sales']) })!;
    expect(model.option.xAxis).toMatchObject({ type: 'category', data: ['Mar 1, 2026', 'Mar 2, 2026', 'Mar 3, 2026', 'Mar 4, 2026'] });
    expect(model.option.yAxis).toMatchObject({ type: 'value' });
    const [series] = model.option.series as Array<Record<string, unknown>>;
    // A day without orders sold nothing (0); a day whose sum came back empty stays a gap.
    expect(series).toMatchObject({ type: 'line', name: 'Sales', data: [100.5, 80, null, 0], smooth: true, areaStyle: {} });
    expect(model.points).toEqual(['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04']);
    expect((model.option.legend as { show: boolean }).show).toBe(false);
    // The tooltip formats the value as money in the reader's language.
    const format = (series.tooltip as { valueFormatter: (value: unknown) => string }).valueFormatter;
    expect(format(100.5)).toBe('CN¥100.50');
    // An average has no value for a day without records: a gap, not a zero.
    expect((chartModel({ type: 'line' }, trend, en)!.option.series as Array<{ data: unknown[] }>)[0].data).toEqual([100.5, 80, null, null]);
  });

  it('lists the periods a range touches as the server truncates dates (weeks from Monday)', () => {
    expect(periodsOf({ from: '2026-03-04', to: '2026-03-16' }, 'week')).toEqual(['2026-03-02', '2026-03-09', '2026-03-16']);
    expect(periodsOf({ from: '2026-01-31', to: '2026-03-01' }, 'month')).toEqual(['2026-01-01', '2026-02-01', '2026-03-01']);
    expect(periodsOf({ from: '2025-12-31', to: '2026-04-01' }, 'quarter')).toEqual(['2025-10-01', '2026-01-01', '2026-04-01']);
    expect(periodsOf({ from: '2026-03-01', to: '2026-03-01' }, 'day')).toEqual(['2026-03-01']);
  });

  it('turns a horizontal bar chart so the first (top N) category is on top', () => {
    const data = widgetData({ columns: [regionColumn, ordersColumn, salesColumn], rows: [{ region: 'east', orders: 3, sales: '30' }, { region: 'north', orders: 1, sales: '5' }] });
    const model = chartModel({ type: 'bar', horizontal: true }, data, zh)!;
    expect(model.option.yAxis).toMatchObject({ type: 'category', data: ['华东', '华北'], inverse: true });
    expect(model.option.xAxis).toMatchObject({ type: 'value' });
    expect((model.option.series as Array<{ name: string; data: unknown[] }>).map((series) => [series.name, series.data])).toEqual([
      ['订单数', [3, 1]],
      ['销售额', [30, 5]],
    ]);
    expect((model.option.legend as { show: boolean }).show).toBe(true);
  });

  it('stacks one series per value of the second dimension, zero where a group has no row', () => {
    const data = widgetData({
      columns: [dayColumn, regionColumn, ordersColumn],
      range: { from: '2026-03-01', to: '2026-03-02' },
      rows: [
        { day: '2026-03-01', region: 'east', orders: 2 },
        { day: '2026-03-01', region: 'north', orders: 1 },
        { day: '2026-03-02', region: 'north', orders: 4 },
      ],
    });
    const model = chartModel({ type: 'stacked_bar' }, data, en)!;
    const series = model.option.series as Array<{ name: string; data: unknown[]; stack: string }>;
    expect(series.map((item) => [item.name, item.data, item.stack])).toEqual([
      ['East', [2, 0], 'total'],
      ['North', [1, 4], 'total'],
    ]);
  });

  it('draws a pie or a donut of the first measure, slices named by the dimension', () => {
    const data = widgetData({ columns: [regionColumn, ordersColumn], rows: [{ region: 'east', orders: 3 }, { region: null, orders: 2 }] });
    const pie = chartModel({ type: 'pie' }, data, en)!;
    const donut = chartModel({ type: 'donut' }, data, en)!;
    const [slices] = pie.option.series as Array<{ type: string; radius: unknown; data: unknown }>;
    expect(slices).toMatchObject({ type: 'pie', radius: '70%', data: [{ name: 'East', value: 3 }, { name: '(none)', value: 2 }] });
    expect((donut.option.series as Array<{ radius: unknown }>)[0].radius).toEqual(['45%', '70%']);
    expect(pie.points).toEqual(['east', null]);
  });

  it('draws nothing for no rows (the widget shows its empty state)', () => {
    expect(chartModel({ type: 'bar' }, widgetData({ columns: [regionColumn, ordersColumn], rows: [] }), en)).toBeNull();
  });
});

describe('cross-filter', () => {
  it('a click on a region filters by the dashboard filter on that field, directly or through a relation', () => {
    expect(crossFilterKeys(salesDashboard, widget('by_region'), widget('by_region').dataset.dimensions[0], lookup)).toEqual(['region']);
    // Customers grouped by their own region reach orders' filter on customer.region.
    expect(crossFilterKeys(salesDashboard, widget('customers_region'), widget('customers_region').dataset.dimensions[0], lookup)).toEqual(['region']);
    expect(crossFilterKeys(salesDashboard, widget('trend'), widget('trend').dataset.dimensions[0], lookup)).toEqual([]);
    expect(crossFilterKeys(salesDashboard, widget('by_status'), widget('by_status').dataset.dimensions[0], lookup)).toEqual([]);
  });

  it('merges the filter bar with clicks, a later click on the same dimension replacing the earlier', () => {
    const first = { source: 'by_region', dimension: 'region', text: 'Region: East', fields: { region: 'east' } };
    const second = { ...first, text: 'Region: North', fields: { region: 'north' } };
    const filters = withCrossFilter([first], second);
    expect(filters).toEqual([second]);
    expect(mergedFieldFilters({ channel: ['web'], region: ['south'], empty: [] }, filters)).toEqual({ channel: ['web'], region: 'north' });
    // The clicked widget itself is drawn without its own click.
    expect(mergedFieldFilters({ channel: ['web'] }, filters, 'by_region')).toEqual({ channel: ['web'] });
  });
});

describe('address and data endpoint', () => {
  it('reads a preset or a custom range from the address and ignores nonsense', () => {
    expect(readDashboardQuery({ preset: 'last_7_days' })).toEqual({ range: { preset: 'last_7_days' }, refresh: 0 });
    expect(readDashboardQuery({ from: '2026-03-01', to: '2026-03-14', refresh: '5' })).toEqual({ range: { preset: 'custom', from: '2026-03-01', to: '2026-03-14' }, refresh: 5 });
    expect(readDashboardQuery({ from: '2026-03-14', to: '2026-03-01', refresh: '7' })).toEqual({ range: null, refresh: 0 });
    expect(readDashboardQuery({ preset: 'yesterday' })).toEqual({ range: null, refresh: 0 });
  });

  it('writes the range back the same way and asks the endpoint with from/to, preset and filters', () => {
    expect(dashboardSearch({ range: { preset: 'custom', from: '2026-03-01', to: '2026-03-14' }, refresh: 15 })).toBe('?from=2026-03-01&to=2026-03-14&refresh=15');
    expect(dashboardSearch({ range: null, refresh: 0 })).toBe('');
    expect(dashboardDataPath('sales-overview', { preset: 'this_month' }, {})).toBe('/api/v1/dashboards/sales-overview/data?preset=this_month');
    const path = dashboardDataPath('sales', { preset: 'custom', from: '2026-03-01', to: '2026-03-02' }, { region: 'east' });
    const params = new URL(path, 'http://x').searchParams;
    expect([params.get('from'), params.get('to'), JSON.parse(params.get('filters')!)]).toEqual(['2026-03-01', '2026-03-02', { region: 'east' }]);
  });
});

describe('grid', () => {
  it('places a widget on the 24 columns and stacks widgets in reading order on a phone', () => {
    expect(gridArea({ x: 16, y: 4, w: 8, h: 8 })).toEqual({ gridColumn: '17 / span 8', gridRow: '5 / span 8' });
    expect(stackedHeight({ x: 0, y: 0, w: 6, h: 4 })).toBe(4 * 36 + 3 * 12);
    expect(readingOrder(salesDashboard.widgets).map((item) => item.key)).toEqual(['by_region', 'customers_region', 'trend', 'by_status', 'repurchase']);
  });
});

describe('tables, pivots and exports', () => {
  const statusColumn = { key: 'status', role: 'dimension' as const, label: { 'zh-CN': '状态', en: 'Status' }, type: 'text' as const };
  const data = widgetData({
    columns: [statusColumn, regionColumn, ordersColumn, salesColumn],
    rows: [
      { status: 'paid', region: 'east', orders: 2, sales: '10.50' },
      { status: 'paid', region: 'north', orders: 1, sales: '3' },
      { status: 'draft', region: 'east', orders: 4, sales: '=1+1' },
    ],
  });

  it('pivots the first dimension down and the second across', () => {
    const model = pivotModel(data, en)!;
    expect(model.rows.map((row) => row.label)).toEqual(['paid', 'draft']);
    expect(model.groups.map((group) => [group.title, group.columns.map((column) => column.measure.key)])).toEqual([
      ['East', ['orders', 'sales']],
      ['North', ['orders', 'sales']],
    ]);
    expect(model.rows[1].cells).toEqual({ '"east"|orders': 4, '"east"|sales': '=1+1' });
  });

  it('exports labels for dimensions and raw measures, with formulas escaped in CSV', () => {
    const table = flatTable(data, zh);
    expect(table.headers).toEqual(['状态', '地区', '订单数', '销售额']);
    expect(table.rows[0]).toEqual(['paid', '华东', 2, '10.50']);
    expect(table.numeric).toEqual([false, false, true, true]);
    const csv = csvText(table);
    expect(csv.startsWith('\ufeff')).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1)).data;
    expect(parsed[3]).toEqual(['draft', '华东', '4', "'=1+1"]);
    expect(exportFileName('Sales: by region?', { from: '2026-03-01', to: '2026-03-14' }, 'xlsx')).toBe('Sales by region 2026-03-01_2026-03-14.xlsx');
  });

  it('opens the records behind a table row with its filter, range, dimension and the dashboard filters', () => {
    const table = widget('by_status');
    const href = recordsHref(table, data, data.rows[0], lookup('orders')!, [
      { entity: 'orders', field: 'channel', value: ['web', 'shop'] },
      { entity: 'orders', field: 'customer.region', value: 'east' },
      { entity: 'customers', field: 'region', value: 'east' },
    ]);
    const url = new URL(href, 'http://x');
    expect(url.pathname).toBe('/r/orders');
    const { and } = JSON.parse(url.searchParams.get('filter')!) as { and: Array<{ field: string; op: string; value: unknown }> };
    expect(and.map((condition) => [condition.field, condition.op])).toEqual([
      ['status', 'ne'],
      ['created_at', 'between'],
      ['status', 'eq'],
      ['channel', 'in'],
    ]);
    const [from, to] = and[1].value as string[];
    expect(new Date(to).getTime() - new Date(from).getTime()).toBe(14 * 86_400_000 - 1);
    const empty = recordsHref(table, data, { status: null }, lookup('orders')!, []);
    expect(JSON.parse(new URL(empty, 'http://x').searchParams.get('filter')!).and[2]).toEqual({ field: 'status', op: 'isNull', value: true });
  });
});
