import { DashboardDefSchema, type DashboardDef, type ResultColumn } from '@/engine/dashboard';
import type { WidgetDataDto } from '@/engine/dashboard/dashboard-dto';

const label = (zh: string, en: string) => ({ 'zh-CN': zh, en });

export const regionColumn: ResultColumn = {
  key: 'region',
  role: 'dimension',
  label: label('地区', 'Region'),
  type: 'text',
  options: [
    { value: 'east', label: label('华东', 'East') },
    { value: 'north', label: label('华北', 'North') },
  ],
};
export const salesColumn: ResultColumn = { key: 'sales', role: 'measure', label: label('销售额', 'Sales'), type: 'decimal', money: true, currency: 'CNY' };
export const ordersColumn: ResultColumn = { key: 'orders', role: 'measure', label: label('订单数', 'Orders'), type: 'integer' };
export const dayColumn: ResultColumn = { key: 'day', role: 'dimension', label: label('日期', 'Day'), type: 'date', truncate: 'day' };

/** A widget's data as the data endpoint sends it; `columns` and `rows` override. */
export function widgetData(overrides: Partial<WidgetDataDto> = {}): WidgetDataDto {
  return { key: 'w', columns: [], rows: [], previous: null, range: { from: '2026-03-01', to: '2026-03-14' }, previousRange: null, truncated: false, ...overrides };
}

/** The order template's sales dashboard in small: KPIs, a trend, regions, statuses, a table. */
export const salesDashboard: DashboardDef = DashboardDefSchema.parse({
  schemaVersion: 1,
  key: 'sales',
  name: label('销售', 'Sales'),
  filters: {
    dateRange: { default: { preset: 'last_30_days' } },
    fields: [
      { key: 'region', label: label('区域', 'Region'), entity: 'orders', field: 'customer.region' },
      { key: 'channel', label: label('渠道', 'Channel'), entity: 'orders', field: 'channel' },
    ],
  },
  widgets: [
    {
      key: 'by_region',
      title: label('区域', 'By region'),
      position: { x: 0, y: 0, w: 8, h: 8 },
      dataset: { entity: 'orders', dimensions: [{ key: 'region', field: 'customer.region' }], measures: [{ key: 'customers', label: label('客户', 'Customers'), op: 'count_distinct', field: 'customer' }] },
      visual: { type: 'donut' },
    },
    {
      key: 'customers_region',
      title: label('客户', 'Customers'),
      position: { x: 8, y: 0, w: 8, h: 8 },
      dataset: { entity: 'customers', dimensions: [{ key: 'region', field: 'region' }], measures: [{ key: 'n', label: label('数量', 'Count'), op: 'count' }] },
      visual: { type: 'bar' },
    },
    {
      key: 'trend',
      title: label('趋势', 'Trend'),
      position: { x: 16, y: 0, w: 8, h: 8 },
      dataset: { entity: 'orders', dimensions: [{ key: 'day', field: 'created_at', truncate: 'day' }], measures: [{ key: 'sales', label: label('销售额', 'Sales'), op: 'sum', field: 'total_amount' }] },
      visual: { type: 'line' },
      dateField: 'created_at',
    },
    {
      key: 'by_status',
      title: label('状态', 'By status'),
      position: { x: 0, y: 8, w: 12, h: 8 },
      dataset: {
        entity: 'orders',
        filter: { and: [{ field: 'status', op: 'ne', value: 'cancelled' }] },
        dimensions: [{ key: 'status', field: 'status' }, { key: 'region', field: 'customer.region' }],
        measures: [{ key: 'orders', label: label('订单', 'Orders'), op: 'count' }],
      },
      visual: { type: 'table' },
      dateField: 'created_at',
    },
    {
      key: 'repurchase',
      title: label('复购率', 'Repurchase rate'),
      position: { x: 12, y: 8, w: 12, h: 4 },
      dataset: {
        entity: 'orders',
        measures: [{ key: 'rate', label: label('复购率', 'Rate'), op: 'ratio', numerator: { op: 'count_groups', field: 'customer', having: { min: 2 } }, denominator: { op: 'count_distinct', field: 'customer' } }, { key: 'aov', label: label('客单价', 'AOV'), op: 'ratio', numerator: { op: 'sum', field: 'total_amount' }, denominator: { op: 'count' } }],
      },
      visual: { type: 'kpi' },
    },
  ],
});
