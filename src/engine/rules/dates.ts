import type { DateUnit } from './operators';

/**
 * Calendar arithmetic in UTC on whole days. A value is a 'YYYY-MM-DD' date, an ISO datetime (an
 * offset is honoured; none means UTC, never the server's zone) or a Date; a datetime stands for its
 * UTC calendar date, so results never depend on where or when the server runs.
 */
const DATE_TEXT = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;
const MS_PER_DAY = 86_400_000;
const MIN_YEAR = 1;
const MAX_YEAR = 9999;

function utcMs(year: number, month: number, day: number): number {
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

function daysInMonth(year: number, month: number): number {
  return new Date(utcMs(year, month + 1, 0)).getUTCDate();
}

function partsOf(epochDay: number): { year: number; month: number; day: number } {
  const date = new Date(epochDay * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function offsetMinutes(zone: string | undefined): number | null {
  if (!zone || zone.toUpperCase() === 'Z') return 0;
  const sign = zone[0] === '-' ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2));
  if (hours > 23 || minutes > 59) return null;
  return sign * (hours * 60 + minutes);
}

/** Days since 1970-01-01 of the UTC calendar date `value` names, or null when it names none. */
export function toEpochDay(value: unknown): number | null {
  if (value instanceof Date) {
    const time = value.getTime();
    return Number.isNaN(time) ? null : Math.floor(time / MS_PER_DAY);
  }
  if (typeof value !== 'string') return null;
  const match = DATE_TEXT.exec(value.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < MIN_YEAR || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  const [hour, minute, second] = [Number(match[4] ?? 0), Number(match[5] ?? 0), Number(match[6] ?? 0)];
  if (hour > 23 || minute > 59 || second > 59) return null;
  const offset = offsetMinutes(match[7]);
  if (offset === null) return null;
  const ms = utcMs(year, month, day) + ((hour * 60 + minute - offset) * 60 + second) * 1000;
  return Math.floor(ms / MS_PER_DAY);
}

/** 'YYYY-MM-DD', or null outside years 0001–9999. */
export function formatEpochDay(epochDay: number): string | null {
  if (!Number.isFinite(epochDay)) return null;
  const { year, month, day } = partsOf(epochDay);
  if (!(year >= MIN_YEAR && year <= MAX_YEAR)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Adds whole units; a month or year step clamps to the month's end (Jan 31 + 1 month = Feb 28/29). */
export function addToEpochDay(epochDay: number, amount: number, unit: DateUnit): number {
  if (unit === 'day') return epochDay + amount;
  const months = unit === 'year' ? amount * 12 : amount;
  const { year, month, day } = partsOf(epochDay);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  // Outside the supported years the answer is meaningless; let formatEpochDay turn it into null.
  if (targetYear < MIN_YEAR || targetYear > MAX_YEAR) return Number.NaN;
  const targetDay = Math.min(day, daysInMonth(targetYear, targetMonth));
  return Math.round(utcMs(targetYear, targetMonth, targetDay) / MS_PER_DAY);
}

/**
 * Whole units from `from` to `to`, truncated toward zero and negative when `to` is earlier.
 * Consistent with addToEpochDay: diff(a, add(a, n, unit), unit) === n.
 */
export function diffEpochDays(from: number, to: number, unit: DateUnit): number {
  if (unit === 'day') return to - from;
  const a = partsOf(from);
  const b = partsOf(to);
  let months = (b.year - a.year) * 12 + (b.month - a.month);
  // One step back is enough: add(from, months) lands in `to`'s month, on either side of it.
  if (to >= from && addToEpochDay(from, months, 'month') > to) months -= 1;
  if (to < from && addToEpochDay(from, months, 'month') < to) months += 1;
  return unit === 'year' ? Math.trunc(months / 12) : months;
}
