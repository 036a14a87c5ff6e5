import { describe, expect, it } from 'vitest';
import type { EntityDef } from '@/engine/metadata/entity';
import { addCondition, conditionFor, conditionsAccepted, readScheduleFilter, removeCondition, replaceCondition, scheduleFilterFields, withOp, writeScheduleFilter } from './schedule-filter';

const label = (text: string) => ({ 'zh-CN': text, en: text });
const orders: EntityDef = {
  schemaVersion: 1,
  key: 'orders',
  label: label('Orders'),
  fields: [
    { id: 'status', type: 'single_select', label: label('Status'), options: [{ value: 'open', label: label('Open') }, { value: 'paid', label: label('Paid') }] },
    { id: 'lines', type: 'child_table', entity: 'order_lines', label: label('Lines') },
    { id: 'qty', type: 'number', integer: true, precision: 18, scale: 0, label: label('Qty') },
    { id: 'gone', type: 'text', label: label('Gone'), removed: true },
  ],
};

describe('schedule filter rows', () => {
  it('reads flat groups and single conditions, and leaves nested groups to JSON', () => {
    expect(readScheduleFilter(undefined)).toEqual({ join: 'and', conditions: [] });
    expect(readScheduleFilter({ or: [{ field: 'qty', op: 'gt', value: 1 }] })).toEqual({ join: 'or', conditions: [{ field: 'qty', op: 'gt', value: 1 }] });
    expect(readScheduleFilter({ field: 'qty', op: 'isNull', value: true })).toEqual({ join: 'and', conditions: [{ field: 'qty', op: 'isNull', value: true }] });
    expect(readScheduleFilter({ and: [{ or: [{ field: 'qty', op: 'gt', value: 1 }] }] })).toBeNull();
    expect(readScheduleFilter({ and: [], or: [] })).toBeNull();
    expect(readScheduleFilter('qty > 1')).toBeNull();
  });

  it('writes no conditions as no filter', () => {
    expect(writeScheduleFilter({ join: 'or', conditions: [] })).toBeUndefined();
    expect(writeScheduleFilter({ join: 'or', conditions: [{ field: 'qty', op: 'eq', value: 2 }] })).toEqual({ or: [{ field: 'qty', op: 'eq', value: 2 }] });
  });

  it('offers filterable active fields and the record times', () => {
    expect(scheduleFilterFields(orders).map((field) => field.id)).toEqual(['status', 'qty', 'created_at', 'updated_at']);
    expect(scheduleFilterFields(undefined)).toEqual([]);
  });

  it('keeps the value across operators where it fits', () => {
    const eq = { field: 'qty', op: 'eq' as const, value: 5 };
    expect(withOp(eq, 'in')).toEqual({ field: 'qty', op: 'in', value: [5] });
    expect(withOp(eq, 'between')).toEqual({ field: 'qty', op: 'between', value: [5, null] });
    expect(withOp(withOp(eq, 'in'), 'gte')).toEqual({ field: 'qty', op: 'gte', value: 5 });
    expect(withOp(eq, 'isNull')).toEqual({ field: 'qty', op: 'isNull', value: true });
    expect(withOp(withOp(eq, 'isNull'), 'eq')).toEqual({ field: 'qty', op: 'eq', value: undefined });
    expect(conditionFor(orders, 'status')).toEqual({ field: 'status', op: 'eq', value: undefined });
  });

  it('adds, replaces and removes conditions, and checks each as the server would', () => {
    let rows = addCondition(orders, addCondition(orders, { join: 'and', conditions: [] }));
    expect(rows.conditions).toEqual([{ field: 'status', op: 'eq', value: undefined }, { field: 'status', op: 'eq', value: undefined }]);
    rows = replaceCondition(rows, 1, { field: 'qty', op: 'between', value: ['2', 10] });
    expect(conditionsAccepted(orders, rows)).toEqual([false, true]);
    rows = removeCondition(rows, 0);
    expect(rows).toEqual({ join: 'and', conditions: [{ field: 'qty', op: 'between', value: ['2', 10] }] });
    expect(conditionsAccepted(orders, { join: 'and', conditions: [{ field: 'status', op: 'eq', value: 'closed' }] })).toEqual([false]);
    expect(addCondition(undefined, rows)).toBe(rows);
  });
});
