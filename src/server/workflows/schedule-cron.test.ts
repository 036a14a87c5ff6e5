import { describe, expect, it } from 'vitest';
import { cronProblem, nextOccurrence } from './schedule-cron';

describe('schedule cron', () => {
  it('finds the next occurrence in the given time zone', () => {
    // Friday 10:00 in Shanghai → the next weekday 09:00 there is Monday, 01:00 UTC.
    expect(nextOccurrence('0 9 * * 1-5', new Date('2025-01-03T02:00:00Z'), 'Asia/Shanghai')?.toISOString()).toBe('2025-01-06T01:00:00.000Z');
    expect(nextOccurrence('0 9 * * 1-5', new Date('2025-01-03T02:00:00Z'), 'UTC')?.toISOString()).toBe('2025-01-03T09:00:00.000Z');
  });

  it('is strictly after the given time, so an occurrence never schedules itself again', () => {
    expect(nextOccurrence('*/15 * * * *', new Date('2025-01-03T02:15:00Z'), 'UTC')?.toISOString()).toBe('2025-01-03T02:30:00.000Z');
  });

  it('reports expressions that cannot schedule anything', () => {
    expect(cronProblem('0 9 * * 1-5')).toBeNull();
    expect(cronProblem('61 * * * *')).toMatch(/minute/);
    expect(cronProblem('0 0 30 2 *')).toBe('it never occurs');
    expect(cronProblem('0 0 * * * *')).not.toBeNull();
    expect(cronProblem('not a cron')).not.toBeNull();
  });
});
