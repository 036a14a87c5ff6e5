/**
 * What a five-field cron means, for the patterns a person can read at a glance; anything else
 * (lists, steps on hours, both day fields set, month limits) is null and shown as the expression.
 */
export type CronPreview =
  | { kind: 'everyMinute' }
  | { kind: 'everyNMinutes'; minutes: number }
  | { kind: 'hourly'; minute: number }
  | { kind: 'daily'; time: string }
  | { kind: 'weekdays'; time: string }
  | { kind: 'weekly'; weekday: number; time: string }
  | { kind: 'monthly'; day: number; time: string };

function numberIn(text: string, min: number, max: number): number | null {
  if (!/^\d{1,2}$/.test(text)) return null;
  const value = Number(text);
  return value >= min && value <= max ? value : null;
}

const pad = (value: number) => String(value).padStart(2, '0');

export function describeCron(cron: string): CronPreview | null {
  const parts = cron.trim().split(/\s+/);
  if (parts.length !== 5) return null;
  const [minuteText, hourText, dayText, monthText, weekdayText] = parts;
  if (monthText !== '*') return null;
  const anyDay = dayText === '*' && weekdayText === '*';
  if (hourText === '*') {
    if (!anyDay) return null;
    if (minuteText === '*') return { kind: 'everyMinute' };
    const step = /^\*\/(\d{1,2})$/.exec(minuteText);
    const minutes = step ? numberIn(step[1], 1, 59) : null;
    if (minutes !== null) return minutes === 1 ? { kind: 'everyMinute' } : { kind: 'everyNMinutes', minutes };
    const minute = numberIn(minuteText, 0, 59);
    return minute === null ? null : { kind: 'hourly', minute };
  }
  const minute = numberIn(minuteText, 0, 59);
  const hour = numberIn(hourText, 0, 23);
  if (minute === null || hour === null) return null;
  const time = `${pad(hour)}:${pad(minute)}`;
  if (anyDay) return { kind: 'daily', time };
  if (dayText === '*') {
    if (weekdayText === '1-5') return { kind: 'weekdays', time };
    const weekday = numberIn(weekdayText, 0, 7);
    // Cron counts Sunday as both 0 and 7.
    return weekday === null ? null : { kind: 'weekly', weekday: weekday % 7, time };
  }
  const day = weekdayText === '*' ? numberIn(dayText, 1, 31) : null;
  return day === null ? null : { kind: 'monthly', day, time };
}
