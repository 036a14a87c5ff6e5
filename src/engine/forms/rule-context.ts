import { evaluateRule, truthy } from '../rules';

/** What a form rule may read besides the record: the clock and who is filling the form in. */
export type RuleContext = {
  now: Date;
  /** The acting user's display name (or username); defaults from `currentUser` need it. */
  currentUser?: string | null;
  /** IANA zone whose calendar `today` defaults use; absent means the runtime's own zone. */
  timeZone?: string;
};

/**
 * Whether `rule` holds for `data`. A rule that cannot be evaluated (a half-typed value, a rule over
 * its budget) counts as not holding: a form must never crash because of what someone is typing.
 */
export function holds(rule: unknown, data: Record<string, unknown>, context: RuleContext): boolean {
  try {
    return truthy(evaluateRule(rule, data, { now: context.now }));
  } catch {
    return false;
  }
}

const calendars = new Map<string, Intl.DateTimeFormat>();

/** The calendar date ('YYYY-MM-DD') at `now` in `timeZone`. */
export function todayIn(now: Date, timeZone?: string): string {
  const key = timeZone ?? '';
  let calendar = calendars.get(key);
  if (!calendar) {
    // en-CA formats dates as YYYY-MM-DD.
    calendar = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    calendars.set(key, calendar);
  }
  return calendar.format(now);
}
