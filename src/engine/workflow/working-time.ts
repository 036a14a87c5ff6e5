import { DEFAULT_CALENDAR, type Offset, type WorkingCalendar } from './timer-config';

const MINUTE = 60_000;
const DAY = 86_400_000;
/** A calendar with no working day at all would otherwise be searched forever. */
const MAX_DAYS_SEARCHED = 3_660;

function dateText(localMs: number): string {
  return new Date(localMs).toISOString().slice(0, 10);
}

export function isWorkingDay(calendar: WorkingCalendar, date: string): boolean {
  if (calendar.workdays.includes(date)) return true;
  if (calendar.holidays.includes(date)) return false;
  return calendar.weekdays.includes(new Date(`${date}T00:00:00Z`).getUTCDay());
}

/**
 * `from` shifted by `offset`. With working days the days part counts working days of the
 * calendar (keeping the local time of day) and a result on a day off moves to the next working day
 * at the same time; hours and minutes are always elapsed time.
 */
export function shiftTime(from: Date, offset: Offset, options: { workingDays?: boolean; calendar?: WorkingCalendar } = {}): Date {
  const days = offset.days ?? 0;
  const elapsed = ((offset.hours ?? 0) * 60 + (offset.minutes ?? 0)) * MINUTE;
  if (!options.workingDays) return new Date(from.getTime() + days * DAY + elapsed);
  const calendar = options.calendar ?? DEFAULT_CALENDAR;
  const shift = calendar.utcOffsetMinutes * MINUTE;
  // Local wall-clock time held in a UTC-based number, so date arithmetic needs no time zone.
  let local = from.getTime() + shift;
  let searched = 0;
  for (let left = Math.abs(days); left > 0 && searched < MAX_DAYS_SEARCHED; searched += 1) {
    local += Math.sign(days) * DAY;
    if (isWorkingDay(calendar, dateText(local))) left -= 1;
  }
  local += elapsed;
  while (!isWorkingDay(calendar, dateText(local)) && searched < MAX_DAYS_SEARCHED) {
    local += DAY;
    searched += 1;
  }
  return new Date(local - shift);
}

/**
 * The instant a record's date or date-time value stands for: a bare date is midnight in the
 * calendar's offset. Undefined when the field is empty or not a date.
 */
export function instantOf(value: unknown, calendar: WorkingCalendar = DEFAULT_CALENDAR): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  if (typeof value !== 'string' || value === '') return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const midnight = Date.parse(`${value}T00:00:00Z`);
    return Number.isNaN(midnight) ? undefined : new Date(midnight - calendar.utcOffsetMinutes * MINUTE);
  }
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? undefined : new Date(parsed);
}
