import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatEpochDay, toEpochDay } from './dates';
import { evaluateRule } from './evaluate-rule';

const now = new Date('2024-03-15T23:30:00-02:00'); // 2024-03-16 01:30 UTC
const run = (rule: unknown, data: Record<string, unknown> = {}) => evaluateRule(rule, data, { now });

describe('round', () => {
  it('rounds half away from zero on the decimal text', () => {
    expect(run({ round: [1.005, 2] })).toBe(1.01);
    expect(run({ round: ['2.675', 2] })).toBe(2.68);
    expect(run({ round: [-2.5] })).toBe(-3);
    expect(run({ round: [2.5, 0] })).toBe(3);
    expect(run({ round: [{ '+': [0.1, 0.2] }, 2] })).toBe(0.3);
    expect(run({ round: [{ var: 'price' }, 1] }, { price: '12.45' })).toBe(12.5);
  });

  it('returns null for input that is not a number', () => {
    expect(run({ round: ['abc', 2] })).toBeNull();
    expect(run({ round: [null, 2] })).toBeNull();
    expect(run({ round: [{ '/': [1, 0] }, 2] })).toBeNull();
    expect(run({ round: [1.5, 1.5] })).toBeNull();
    expect(run({ round: [1.5, -1] })).toBeNull();
  });
});

describe('today', () => {
  it('is the UTC date of the evaluation instant', () => {
    expect(run({ today: [] })).toBe('2024-03-16');
  });
});

describe('date_diff', () => {
  it('counts whole days, months and years from the first date to the second', () => {
    expect(run({ date_diff: ['2024-01-01', '2024-03-01', 'day'] })).toBe(60);
    expect(run({ date_diff: ['2024-03-01', '2024-01-01', 'day'] })).toBe(-60);
    expect(run({ date_diff: ['2024-01-15', '2024-03-14', 'month'] })).toBe(1);
    expect(run({ date_diff: ['2024-01-15', '2024-03-15', 'month'] })).toBe(2);
    expect(run({ date_diff: ['2024-01-31', '2024-02-29', 'month'] })).toBe(1);
    expect(run({ date_diff: ['2000-06-10', '2024-06-09', 'year'] })).toBe(23);
    expect(run({ date_diff: ['2024-06-10', '2000-06-10', 'year'] })).toBe(-24);
    expect(run({ date_diff: ['2024-01-01', '2024-01-08'] })).toBe(7);
  });

  it('reads datetimes as their UTC date and works with today', () => {
    expect(run({ date_diff: ['2024-03-10T23:00:00-05:00', '2024-03-12', 'day'] })).toBe(1);
    expect(run({ date_diff: [{ var: 'due' }, { today: [] }, 'day'] }, { due: '2024-03-01' })).toBe(15);
  });

  it('returns null for bad dates or units', () => {
    expect(run({ date_diff: ['2024-02-30', '2024-03-01', 'day'] })).toBeNull();
    expect(run({ date_diff: [null, '2024-03-01', 'day'] })).toBeNull();
    expect(run({ date_diff: ['2024-01-01', '2024-03-01', { var: 'unit' }] }, { unit: 'week' })).toBeNull();
  });
});

describe('date_add', () => {
  it('adds days, months and years, clamping to the month end', () => {
    expect(run({ date_add: ['2024-01-31', 1, 'day'] })).toBe('2024-02-01');
    expect(run({ date_add: ['2024-01-31', 1, 'month'] })).toBe('2024-02-29');
    expect(run({ date_add: ['2023-01-31', 1, 'month'] })).toBe('2023-02-28');
    expect(run({ date_add: ['2024-02-29', 1, 'year'] })).toBe('2025-02-28');
    expect(run({ date_add: ['2024-03-31', -1, 'month'] })).toBe('2024-02-29');
    expect(run({ date_add: ['2024-12-31T22:00:00Z', '30', 'day'] })).toBe('2025-01-30');
    expect(run({ date_add: [{ today: [] }, 7] })).toBe('2024-03-23');
  });

  it('returns null for bad input or a result outside years 1–9999', () => {
    expect(run({ date_add: ['2024-01-01', 1.5, 'day'] })).toBeNull();
    expect(run({ date_add: ['not a date', 1, 'day'] })).toBeNull();
    expect(run({ date_add: ['9999-12-31', 1, 'day'] })).toBeNull();
    expect(run({ date_add: ['2024-01-01', 1e12, 'year'] })).toBeNull();
  });

  it('is undone by date_diff (property)', () => {
    const date = fc.integer({ min: toEpochDay('1900-01-01')!, max: toEpochDay('2200-12-31')! }).map((day) => formatEpochDay(day)!);
    fc.assert(
      fc.property(date, fc.integer({ min: -1200, max: 1200 }), fc.constantFrom('day', 'month', 'year'), (start, n, unit) => {
        const end = run({ date_add: [start, n, unit] });
        expect(run({ date_diff: [start, end, unit] })).toBe(n);
      }),
    );
  });
});

describe('is_empty', () => {
  it('is true for null, missing, empty text and empty lists only', () => {
    expect(run({ is_empty: [{ var: 'nothing' }] })).toBe(true);
    expect(run({ is_empty: [''] })).toBe(true);
    expect(run({ is_empty: [[]] })).toBe(true);
    expect(run({ is_empty: [{ var: 'lines' }] }, { lines: [] })).toBe(true);
    expect(run({ is_empty: [0] })).toBe(false);
    expect(run({ is_empty: [' '] })).toBe(false);
    expect(run({ is_empty: [false] })).toBe(false);
  });
});
