import { describe, expect, it } from 'vitest';
import { describeCron } from './cron-preview';

describe('describeCron', () => {
  it('reads the simple patterns', () => {
    expect(describeCron('0 9 * * *')).toEqual({ kind: 'daily', time: '09:00' });
    expect(describeCron(' 30  17 * * 1-5 ')).toEqual({ kind: 'weekdays', time: '17:30' });
    expect(describeCron('5 8 * * 1')).toEqual({ kind: 'weekly', weekday: 1, time: '08:05' });
    expect(describeCron('0 0 * * 7')).toEqual({ kind: 'weekly', weekday: 0, time: '00:00' });
    expect(describeCron('0 6 15 * *')).toEqual({ kind: 'monthly', day: 15, time: '06:00' });
    expect(describeCron('15 * * * *')).toEqual({ kind: 'hourly', minute: 15 });
    expect(describeCron('*/10 * * * *')).toEqual({ kind: 'everyNMinutes', minutes: 10 });
    expect(describeCron('* * * * *')).toEqual({ kind: 'everyMinute' });
    expect(describeCron('*/1 * * * *')).toEqual({ kind: 'everyMinute' });
  });

  it('gives up on anything it cannot say exactly', () => {
    for (const cron of ['0 9 * 1 *', '0 9 1 * 1', '0 9,17 * * *', '0 */2 * * *', '0 9 * * MON', '60 9 * * *', '0 24 * * *', '0 9 0 * *', '0 9 * * 1-3', '15 * 1 * *', '0 9 * *', '']) {
      expect(describeCron(cron), cron).toBeNull();
    }
  });
});
