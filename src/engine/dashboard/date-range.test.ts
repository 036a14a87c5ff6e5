import { describe, expect, it } from 'vitest';
import { DateRangeInputSchema, dayStart, previousPeriod, rangeInstants, resolveDateRange, todayIn } from './date-range';

// 2026-03-31 20:30 UTC is already 1 April in Shanghai (UTC+8).
const now = new Date('2026-03-31T20:30:00Z');
const SHANGHAI = 'Asia/Shanghai';

describe('date-range presets', () => {
  it('read today in the business time zone, not UTC', () => {
    expect(todayIn(now, SHANGHAI)).toBe('2026-04-01');
    expect(todayIn(now, 'UTC')).toBe('2026-03-31');
  });
  it('cover whole days ending today', () => {
    expect(resolveDateRange({ preset: 'today' }, now, SHANGHAI)).toEqual({ from: '2026-04-01', to: '2026-04-01' });
    expect(resolveDateRange({ preset: 'last_7_days' }, now, SHANGHAI)).toEqual({ from: '2026-03-26', to: '2026-04-01' });
    expect(resolveDateRange({ preset: 'last_30_days' }, now, SHANGHAI)).toEqual({ from: '2026-03-03', to: '2026-04-01' });
    expect(resolveDateRange({ preset: 'this_month' }, now, 'UTC')).toEqual({ from: '2026-03-01', to: '2026-03-31' });
    expect(resolveDateRange({ preset: 'custom', from: '2026-01-05', to: '2026-01-09' }, now, SHANGHAI)).toEqual({ from: '2026-01-05', to: '2026-01-09' });
  });
  it('refuse custom ranges that are backwards, not dates, or too long', () => {
    expect(DateRangeInputSchema.safeParse({ preset: 'custom', from: '2026-02-01', to: '2026-01-01' }).success).toBe(false);
    expect(DateRangeInputSchema.safeParse({ preset: 'custom', from: '2026-02-30', to: '2026-03-01' }).success).toBe(false);
    expect(DateRangeInputSchema.safeParse({ preset: 'custom', from: '2000-01-01', to: '2026-01-01' }).success).toBe(false);
    expect(DateRangeInputSchema.safeParse({ preset: 'yesterday' }).success).toBe(false);
  });
});

describe('previous period', () => {
  it('is the same number of days just before', () => {
    expect(previousPeriod({ from: '2026-04-01', to: '2026-04-01' })).toEqual({ from: '2026-03-31', to: '2026-03-31' });
    expect(previousPeriod({ from: '2026-03-26', to: '2026-04-01' })).toEqual({ from: '2026-03-19', to: '2026-03-25' });
    expect(previousPeriod({ from: '2026-03-01', to: '2026-03-10' })).toEqual({ from: '2026-02-19', to: '2026-02-28' });
  });
  it('maps days to instants at local midnight', () => {
    expect(dayStart('2026-04-01', SHANGHAI)).toBe('2026-03-31T16:00:00.000Z');
    expect(rangeInstants({ from: '2026-03-01', to: '2026-03-31' }, SHANGHAI)).toEqual({ start: '2026-02-28T16:00:00.000Z', end: '2026-03-31T16:00:00.000Z' });
    // New York switches to summer time on 2026-03-08: that day is 23 hours long.
    const { start, end } = rangeInstants({ from: '2026-03-08', to: '2026-03-08' }, 'America/New_York');
    expect(Date.parse(end) - Date.parse(start)).toBe(23 * 3600_000);
  });
});
