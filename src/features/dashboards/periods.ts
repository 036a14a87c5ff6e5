import type { DateTruncation, DayRange } from '@/engine/dashboard';

/** A trend over a long custom range still fits an axis; beyond this the rows speak for themselves. */
const MAX_PERIODS = 1000;

const day = (date: Date) => date.toISOString().slice(0, 10);

function periodStart(from: string, truncate: DateTruncation): Date {
  const date = new Date(`${from}T00:00:00Z`);
  if (truncate === 'week') date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
  if (truncate === 'month' || truncate === 'quarter' || truncate === 'year') date.setUTCDate(1);
  if (truncate === 'quarter') date.setUTCMonth(date.getUTCMonth() - (date.getUTCMonth() % 3));
  if (truncate === 'year') date.setUTCMonth(0);
  return date;
}

function next(date: Date, truncate: DateTruncation): void {
  if (truncate === 'day') date.setUTCDate(date.getUTCDate() + 1);
  else if (truncate === 'week') date.setUTCDate(date.getUTCDate() + 7);
  else date.setUTCMonth(date.getUTCMonth() + (truncate === 'month' ? 1 : truncate === 'quarter' ? 3 : 12));
}

/**
 * The first day of every period the range touches, as the server writes a truncated date (weeks
 * start on Monday), so a trend shows the days without orders too instead of joining their neighbours.
 */
export function periodsOf(range: DayRange, truncate: DateTruncation): string[] {
  const periods: string[] = [];
  for (const date = periodStart(range.from, truncate); day(date) <= range.to && periods.length < MAX_PERIODS; next(date, truncate)) periods.push(day(date));
  return periods;
}
