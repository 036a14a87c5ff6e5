import { describe, expect, it } from 'vitest';
import { FieldDefSchema, type FieldDef } from '../metadata/field';
import { cellToInput, type SheetCell } from './cell-input';
import { exportCell } from './export-cells';
import { instantToWall, wallToInstant } from './wall-time';

const field = (doc: Record<string, unknown>): FieldDef => FieldDefSchema.parse({ id: 'f', label: { 'zh-CN': '字段', en: 'Field' }, ...doc });
const read = (doc: Record<string, unknown>, cell: SheetCell) => cellToInput(field(doc), cell, { timeZone: 'Asia/Shanghai' });
const region = { type: 'single_select', options: [{ value: 'east', label: { 'zh-CN': '华东', en: 'East' } }] };

describe('cell values to record input', () => {
  it('reads Excel dates as calendar days whatever the server zone, and serial numbers too', () => {
    expect(read({ type: 'date' }, new Date(Date.UTC(2026, 2, 1)))).toEqual({ ok: true, value: '2026-03-01' });
    expect(read({ type: 'date' }, 46082)).toEqual({ ok: true, value: '2026-03-01' });
    expect(read({ type: 'date' }, '2026/3/1')).toEqual({ ok: true, value: '2026-03-01' });
    expect(read({ type: 'date' }, '2026年3月1日')).toEqual({ ok: true, value: '2026-03-01' });
  });

  it('reads a wall-clock date-time in the business zone', () => {
    expect(read({ type: 'datetime' }, new Date(Date.UTC(2026, 2, 1, 9, 30)))).toEqual({ ok: true, value: '2026-03-01T01:30:00.000Z' });
    expect(read({ type: 'datetime' }, '2026-03-01 09:30')).toEqual({ ok: true, value: '2026-03-01T01:30:00.000Z' });
    const instant = new Date('2026-07-01T12:00:00Z');
    expect(wallToInstant(instantToWall(instant, 'Europe/Berlin'), 'Europe/Berlin')).toEqual(instant);
  });

  it('maps option labels in either language, booleans in words, and cleans numbers', () => {
    expect(read(region, '华东')).toEqual({ ok: true, value: 'east' });
    expect(read(region, 'EAST')).toEqual({ ok: true, value: 'east' });
    expect(read(region, 'Mars')).toEqual({ ok: true, value: 'Mars' });
    expect(read({ type: 'multi_select', options: region.options }, '华东， East')).toEqual({ ok: true, value: ['east', 'east'] });
    expect(read({ type: 'boolean' }, '是')).toEqual({ ok: true, value: true });
    expect(read({ type: 'money' }, 0.1 + 0.2)).toEqual({ ok: true, value: 0.3 });
    expect(read({ type: 'money' }, '¥1,234.50')).toEqual({ ok: true, value: '1234.50' });
    expect(read({ type: 'text' }, 13800138000)).toEqual({ ok: true, value: '13800138000' });
  });

  it('treats blanks as empty, strips the apostrophe exports add, and refuses error cells', () => {
    expect(read({ type: 'text' }, '   ')).toEqual({ ok: true, value: null });
    expect(read({ type: 'phone' }, "'+86 10 8888 2222")).toEqual({ ok: true, value: '+86 10 8888 2222' });
    expect(read({ type: 'text' }, { error: '#N/A' })).toEqual({ ok: false, message: 'The cell holds the spreadsheet error #N/A' });
  });
});

describe('record values to export cells', () => {
  const context = { locale: 'zh-CN' as const, format: 'csv' as const, timeZone: 'Asia/Shanghai' };
  it('keeps money exact in CSV and numeric in xlsx, shows labels and titles', () => {
    expect(exportCell(field({ type: 'money' }), '1234.50', undefined, context)).toBe('1234.50');
    expect(exportCell(field({ type: 'money' }), '1234.50', undefined, { ...context, format: 'xlsx' })).toBe(1234.5);
    expect(exportCell(field(region), 'east', undefined, context)).toBe('华东');
    expect(exportCell(field({ type: 'relation', entity: 'customers' }), 'uuid', '华东贸易', context)).toBe('华东贸易');
    expect(exportCell(field({ type: 'text' }), '=HYPERLINK("x")', undefined, context)).toBe('\'=HYPERLINK("x")');
    expect(exportCell(field({ type: 'date' }), '2026-03-01', undefined, { ...context, format: 'xlsx' })).toEqual(new Date(Date.UTC(2026, 2, 1)));
  });
});
