import type { NodeOf } from './definition';
import { log, scheduleTimer, type Run } from './run';
import type { Token } from './state';
import { DEFAULT_CALENDAR } from './timer-config';
import { instantOf, shiftTime } from './working-time';

/** When a timer node entered now comes due; undefined when it waits for a date field that is empty. */
export function timerDueAt(run: Run, node: NodeOf<'timer'>): Date | undefined {
  const { wait, workingDays, calendar: calendarKey } = node.timer;
  const calendar = (calendarKey ? run.context.calendar?.(calendarKey) : undefined) ?? DEFAULT_CALENDAR;
  if (wait.kind === 'after') return shiftTime(run.context.now, wait.duration, { workingDays, calendar });
  const base = instantOf(run.record[wait.field], calendar);
  return base && shiftTime(base, wait.offset ?? {}, { workingDays, calendar });
}

/**
 * The token waits here for a timer row. A due time already past is still scheduled, so it fires
 * through the queue like any other and its guards are checked the same way. With no date to wait
 * for, the token waits without a timer (the timeline says why) rather than firing early: a timer
 * usually closes or escalates something, and doing that too soon is the worse mistake.
 */
export function enterTimer(run: Run, token: Token, node: NodeOf<'timer'>): void {
  const dueAt = timerDueAt(run, node);
  if (!dueAt) {
    log(run, { action: 'note', nodeKey: node.key, detail: { reason: 'timer_without_date', field: node.timer.wait.kind === 'at_field' ? node.timer.wait.field : undefined } });
    return;
  }
  scheduleTimer(run, { kind: 'node', nodeKey: node.key, tokenId: token.id, dueAt: dueAt.toISOString() });
}
