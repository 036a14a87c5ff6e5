import { z } from 'zod';
import { instantToWall, wallDate, wallToInstant } from '../spreadsheet/wall-time';

export const DATE_RANGE_PRESETS = ['today', 'last_7_days', 'last_30_days', 'this_month', 'custom'] as const;
export type DateRangePreset = (typeof DATE_RANGE_PRESETS)[number];

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DaySchema = z.string().regex(DAY, { message: 'expected a date YYYY-MM-DD' }).refine((day) => dayNumber(day) !== null, { message: 'not a calendar date' });

/** A custom range may cover at most about ten years; anything longer is a typo, not a question. */
export const MAX_RANGE_DAYS = 3660;

export const DateRangeInputSchema = z.discriminatedUnion('preset', [
  z.object({ preset: z.enum(['today', 'last_7_days', 'last_30_days', 'this_month']) }),
  z
    .object({ preset: z.literal('custom'), from: DaySchema, to: DaySchema })
    .refine((range) => range.from <= range.to, { message: 'from must not be after to', path: ['to'] })
    .refine((range) => dayNumber(range.to)! - dayNumber(range.from)! < MAX_RANGE_DAYS, { message: `a range covers at most ${MAX_RANGE_DAYS} days`, path: ['to'] }),
]);
export type DateRangeInput = z.infer<typeof DateRangeInputSchema>;

/** Whole calendar days in the business time zone, both ends included. */
export type DayRange = { from: string; to: string };

const MS_PER_DAY = 86_400_000;

function dayNumber(day: string): number | null {
  if (!DAY.test(day)) return null;
  const ms = Date.parse(`${day}T00:00:00Z`);
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== day) return null;
  return ms / MS_PER_DAY;
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * MS_PER_DAY).toISOString().slice(0, 10);
}

export function rangeLength(range: DayRange): number {
  return dayNumber(range.to)! - dayNumber(range.from)! + 1;
}

/** Refuses zone names Intl does not know, before they reach the database as a parameter. */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The calendar date the zone's clocks show at `now`. */
export function todayIn(now: Date, timeZone: string): string {
  return wallDate(instantToWall(now, timeZone));
}

/** The days a preset covers at `now` in the business time zone; `this_month` runs to today. */
export function resolveDateRange(input: DateRangeInput, now: Date, timeZone: string): DayRange {
  return rangeEndingOn(input, todayIn(now, timeZone));
}

/** The days a preset covers when the business calendar shows `today`. */
export function rangeEndingOn(input: DateRangeInput, today: string): DayRange {
  switch (input.preset) {
    case 'today':
      return { from: today, to: today };
    case 'last_7_days':
      return { from: addDays(today, -6), to: today };
    case 'last_30_days':
      return { from: addDays(today, -29), to: today };
    case 'this_month':
      return { from: `${today.slice(0, 8)}01`, to: today };
    case 'custom':
      return { from: input.from, to: input.to };
  }
}

/**
 * The same number of days just before the range: yesterday for today, the 7 days before the last
 * 7. For this month to date that is the equally long stretch before it, not the calendar month,
 * so both sides of a comparison cover the same number of days.
 */
export function previousPeriod(range: DayRange): DayRange {
  const length = rangeLength(range);
  return { from: addDays(range.from, -length), to: addDays(range.from, -1) };
}

/** When the zone's clocks show midnight starting `day`, as an ISO instant. */
export function dayStart(day: string, timeZone: string): string {
  return wallToInstant(new Date(`${day}T00:00:00Z`), timeZone).toISOString();
}

/** The half-open instant range [start of `from`, start of the day after `to`) in the zone. */
export function rangeInstants(range: DayRange, timeZone: string): { start: string; end: string } {
  return { start: dayStart(range.from, timeZone), end: dayStart(addDays(range.to, 1), timeZone) };
}
