import { describe, expect, it } from 'vitest';
import { checkDashboardDocument, type DashboardFilters } from '@/engine/dashboard';
import { lookup } from '@/engine/dashboard/test-fixtures';
import { addFieldFilter, onEntity, setDateRange, updateFieldFilter } from './dashboard-filters';

const none: DashboardFilters = { fields: [] };
const customers = lookup('customers')!;
const orders = lookup('orders')!;

describe('dashboard filter edits', () => {
  it('adds a field filter on the first field a viewer can pick values of, named after it, with a fresh key', () => {
    const one = addFieldFilter(none, customers, lookup);
    const [first] = one.fields;
    expect(first).toMatchObject({ key: 'filter_1', entity: 'customers' });
    // Never a number or a date: those are ranges, not values to pick.
    const field = customers.fields.find((candidate) => candidate.id === first.field)!;
    expect(['number', 'money', 'date', 'datetime']).not.toContain(field.type);
    expect(first.label).toEqual(field.label);

    const two = addFieldFilter(one, orders, lookup);
    const removedFirst = { ...two, fields: two.fields.slice(1) };
    expect(addFieldFilter(removedFirst, orders, lookup).fields.map((filter) => filter.key)).toEqual(['filter_2', 'filter_3']);
  });

  it('moves a filter to another entity onto that entity\'s first pickable field, named after it', () => {
    const [filter] = addFieldFilter(none, customers, lookup).fields;
    const moved = onEntity({ ...filter, label: { 'zh-CN': '我的筛选' } }, orders, lookup);
    const expected = addFieldFilter(none, orders, lookup).fields[0];
    expect(moved).toEqual({ ...expected, key: filter.key });
  });

  it('turns the date range on with a default, changes it, and off again', () => {
    const on = setDateRange(none, { preset: 'last_7_days' });
    expect(on.dateRange).toEqual({ default: { preset: 'last_7_days' } });
    expect(setDateRange(on, undefined)).toEqual(none);
  });

  it('produces filters the dashboard definition accepts, with fields that resolve', () => {
    let filters = setDateRange(addFieldFilter(none, orders, lookup), { preset: 'this_month' });
    filters = updateFieldFilter(filters, 'filter_1', { ...filters.fields[0], field: 'customer.region', label: { 'zh-CN': '区域', en: 'Region' } });
    const checked = checkDashboardDocument({ schemaVersion: 1, key: 'board', name: { 'zh-CN': '看板' }, filters, widgets: [] }, lookup);
    expect(checked.ok).toBe(true);
    expect(checked.ok && checked.dashboard.filters).toEqual({ dateRange: { default: { preset: 'this_month' } }, fields: [{ key: 'filter_1', entity: 'orders', field: 'customer.region', label: { 'zh-CN': '区域', en: 'Region' } }] });
  });
});
