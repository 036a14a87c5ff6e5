import { Cron } from 'croner';
import { BUSINESS_TIME_ZONE } from '../services/business-time-zone';

/** croner reads five fields as minute-level cron (seconds 0); six or seven fields are refused like the engine does. */
const parse = (cron: string, timeZone: string) => new Cron(cron.trim(), { paused: true, timezone: timeZone, mode: '5-part' });

/** Why the expression cannot schedule anything (bad syntax, or a date that never comes such as 30 February), or null. */
export function cronProblem(cron: string, timeZone = BUSINESS_TIME_ZONE): string | null {
  try {
    return parse(cron, timeZone).nextRun() ? null : 'it never occurs';
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** The first occurrence strictly after `after`, in the business time zone; null when there is none. */
export function nextOccurrence(cron: string, after: Date, timeZone = BUSINESS_TIME_ZONE): Date | null {
  return parse(cron, timeZone).nextRun(after);
}
