import { describe, expect, it } from 'vitest';
import { effectsOf, Harness, label, line, node, singleApproval, workflow } from './test-fixtures';
import type { WorkingCalendar } from './timer-config';
import { instantOf, isWorkingDay, shiftTime } from './working-time';

const china: WorkingCalendar = { key: 'cn', utcOffsetMinutes: 480, weekdays: [1, 2, 3, 4, 5], holidays: ['2025-10-01', '2025-10-02'], workdays: ['2025-09-28'] };

describe('working time', () => {
  it('adds elapsed time, or working days of a calendar', () => {
    const friday = new Date('2025-09-26T02:00:00Z'); // 10:00 in UTC+8
    expect(shiftTime(friday, { days: 1, hours: 2 }).toISOString()).toBe('2025-09-27T04:00:00.000Z');
    // Saturday is off, Sunday the 28th is a make-up working day.
    expect(shiftTime(friday, { days: 1 }, { workingDays: true, calendar: china }).toISOString()).toBe('2025-09-28T02:00:00.000Z');
    // From Monday the 29th: Tuesday is the first, 1–2 October are holidays, Friday the 3rd the second.
    expect(shiftTime(new Date('2025-09-29T02:00:00Z'), { days: 2 }, { workingDays: true, calendar: china }).toISOString()).toBe('2025-10-03T02:00:00.000Z');
    expect(shiftTime(new Date('2025-09-30T02:00:00Z'), { days: -1 }, { workingDays: true, calendar: china }).toISOString()).toBe('2025-09-29T02:00:00.000Z');
    // Friday 22:00 local plus two hours is Saturday 00:00, a day off: Monday 00:00 local instead.
    expect(shiftTime(new Date('2025-10-03T14:00:00Z'), { hours: 2 }, { workingDays: true, calendar: china }).toISOString()).toBe('2025-10-05T16:00:00.000Z');
  });

  it('reads working days and record dates in the calendar’s offset', () => {
    expect(isWorkingDay(china, '2025-10-01')).toBe(false);
    expect(isWorkingDay(china, '2025-09-28')).toBe(true);
    expect(instantOf('2025-03-10', china)?.toISOString()).toBe('2025-03-09T16:00:00.000Z');
    expect(instantOf('2025-03-10T08:00:00+08:00')?.toISOString()).toBe('2025-03-10T00:00:00.000Z');
    expect(instantOf('')).toBeUndefined();
    expect(instantOf('soon')).toBeUndefined();
  });

  it('gives up on a calendar without working days instead of looping', () => {
    const never: WorkingCalendar = { key: 'never', utcOffsetMinutes: 0, weekdays: [], holidays: [], workdays: [] };
    expect(shiftTime(new Date('2025-01-01T00:00:00Z'), { days: 1 }, { workingDays: true, calendar: never })).toBeInstanceOf(Date);
  });
});

/** The order template's payment timeout: wait for payment_due_at, close only if still unpaid. */
function paymentTimeout() {
  return workflow(
    [
      node('start', 'start'),
      node('wait', 'timer', { timer: { wait: { kind: 'at_field', field: 'payment_due_at' } } }),
      node('unpaid', 'condition', { branches: [{ key: 'still_unpaid', label: label('仍未付款'), rule: { '==': [{ var: 'status' }, 'pending_payment'] } }] }),
      node('close', 'action', { action: { kind: 'run_state_action', action: 'close' } }),
      node('done', 'end'),
    ],
    [...line('start', 'wait', 'unpaid'), { id: 'u1', from: 'unpaid', to: 'close', branch: 'still_unpaid' }, { id: 'u2', from: 'unpaid', to: 'done', branch: 'default' }, ...line('close', 'done')],
  );
}

describe('timer node', () => {
  it('waits for a duration and continues when its timer fires', () => {
    const h = new Harness(workflow([node('start', 'start'), node('wait', 'timer', { timer: { wait: { kind: 'after', duration: { hours: 2 } } } }), node('done', 'end')], line('start', 'wait', 'done')));
    const [scheduled] = effectsOf(h.start(), 'schedule_timer');
    expect(scheduled.timer).toMatchObject({ kind: 'node', nodeKey: 'wait', dueAt: '2025-03-03T03:00:00.000Z' });
    expect(h.status).toBe('running');
    h.advance(2);
    h.ok({ type: 'timer_fired', timerId: scheduled.timer.id });
    expect(h.status).toBe('approved');
    expect(h.state?.timers).toEqual([]);
  });

  it('closes an order still unpaid at its due time', () => {
    const h = new Harness(paymentTimeout(), { record: { status: 'pending_payment', payment_due_at: '2025-03-03T05:00:00Z' } });
    const [scheduled] = effectsOf(h.start(), 'schedule_timer');
    expect(scheduled.timer.dueAt).toBe('2025-03-03T05:00:00.000Z');
    const effects = h.ok({ type: 'timer_fired', timerId: scheduled.timer.id });
    expect(effectsOf(effects, 'run_state_action')).toEqual([{ type: 'run_state_action', nodeKey: 'close', action: 'close' }]);
  });

  it('re-checks the record when it fires: an order paid meanwhile stays paid', () => {
    const h = new Harness(paymentTimeout(), { record: { status: 'pending_payment', payment_due_at: '2025-03-03T05:00:00Z' } });
    const [scheduled] = effectsOf(h.start(), 'schedule_timer');
    h.record = { ...h.record, status: 'paid' };
    const effects = h.ok({ type: 'timer_fired', timerId: scheduled.timer.id });
    expect(effectsOf(effects, 'run_state_action')).toEqual([]);
    expect(h.status).toBe('approved');
  });

  it('a timer that fires twice, or after the instance ended, is a no-op with a reason', () => {
    const h = new Harness(paymentTimeout(), { record: { status: 'pending_payment', payment_due_at: '2025-03-03T05:00:00Z' } });
    const [scheduled] = effectsOf(h.start(), 'schedule_timer');
    h.ok({ type: 'timer_fired', timerId: scheduled.timer.id });
    const again = h.send({ type: 'timer_fired', timerId: scheduled.timer.id });
    expect(again).toMatchObject({ ok: true, effects: [], noop: { en: 'The timer was cancelled or has already fired' } });

    const withdrawn = new Harness(paymentTimeout(), { record: { status: 'pending_payment', payment_due_at: '2025-03-03T05:00:00Z' } });
    const [timer] = effectsOf(withdrawn.start(), 'schedule_timer');
    expect(effectsOf(withdrawn.ok({ type: 'withdraw', actor: 'alice' }), 'cancel_timer')).toEqual([{ type: 'cancel_timer', timerId: timer.timer.id }]);
    expect(withdrawn.send({ type: 'timer_fired', timerId: timer.timer.id })).toMatchObject({ ok: true, effects: [], noop: expect.anything() });
  });

  it('a timer whose node is no longer active is dropped as a no-op', () => {
    const h = new Harness(paymentTimeout(), { record: { status: 'pending_payment', payment_due_at: '2025-03-03T05:00:00Z' } });
    const [scheduled] = effectsOf(h.start(), 'schedule_timer');
    // A state in which the token has left the timer node but its row survived (e.g. written by an older runtime).
    h.state = { ...h.state!, tokens: h.state!.tokens.map((token) => ({ ...token, nodeKey: 'unpaid' })) };
    const result = h.send({ type: 'timer_fired', timerId: scheduled.timer.id });
    expect(result).toMatchObject({ ok: true, effects: [], noop: { en: 'The node this timer belongs to is no longer active' } });
    expect(h.state?.timers).toEqual([]);
  });

  it('waits without a timer, and says so, when the date field is empty', () => {
    const h = new Harness(paymentTimeout(), { record: { status: 'pending_payment' } });
    const effects = h.start();
    expect(effectsOf(effects, 'schedule_timer')).toEqual([]);
    expect(h.state?.history.at(-1)).toMatchObject({ action: 'note', detail: { reason: 'timer_without_date', field: 'payment_due_at' } });
    expect(h.status).toBe('running');
  });
});

describe('approval due time', () => {
  const users = (...ids: string[]) => [{ kind: 'user', ids }];
  const due = (onTimeout: string, extra: Record<string, unknown> = {}) =>
    new Harness(singleApproval({ mode: 'all', approvers: users('bob', 'carol'), due: { hours: 24, remindEveryHours: 8, onTimeout, ...extra } }), { org: { managers: { bob: 'mia', alice: 'max' } } });
  const timerOf = (h: Harness, kind: string, assignee = 'bob') => h.state?.timers.find((timer) => timer.kind === kind && timer.taskId === h.taskOf(assignee).id);

  it('stamps tasks with their due time and reminds the assignee until they act', () => {
    const h = due('remind');
    h.start();
    expect(h.taskOf('bob').dueAt).toBe('2025-03-04T01:00:00.000Z');
    h.advance(8);
    const effects = h.ok({ type: 'timer_fired', timerId: timerOf(h, 'remind')!.id });
    expect(effectsOf(effects, 'notify')).toMatchObject([{ reason: 'remind', userIds: ['bob'] }]);
    expect(timerOf(h, 'remind')?.dueAt).toBe('2025-03-03T17:00:00.000Z');
    const overdue = h.ok({ type: 'timer_fired', timerId: timerOf(h, 'due')!.id });
    expect(effectsOf(overdue, 'notify')).toMatchObject([{ reason: 'overdue', userIds: ['bob'] }]);
    const cancelled = effectsOf(h.approve('bob'), 'cancel_timer');
    expect(cancelled).toHaveLength(1);
    expect(h.state?.timers.every((timer) => timer.taskId !== h.state?.tasks[0].id)).toBe(true);
  });

  it('auto_approve and auto_reject decide the task on timeout', () => {
    const approve = due('auto_approve');
    approve.start();
    approve.ok({ type: 'timer_fired', timerId: timerOf(approve, 'due')!.id });
    expect(approve.state?.tasks[0]).toMatchObject({ status: 'approved', auto: 'timeout' });
    expect(approve.status).toBe('running');

    const reject = due('auto_reject');
    reject.start();
    reject.ok({ type: 'timer_fired', timerId: timerOf(reject, 'due')!.id });
    expect(reject.status).toBe('rejected');
  });

  it('escalate hands the task to the escalation target', () => {
    const h = due('escalate', { escalateTo: { kind: 'manager_chain', levels: 1 } });
    // Alice started it; bob is overdue, so bob's manager takes over.
    h.start('alice');
    h.ok({ type: 'timer_fired', timerId: timerOf(h, 'due')!.id });
    expect(h.state?.tasks[0]).toMatchObject({ status: 'transferred', transferredTo: 'mia', auto: 'timeout' });
    expect(h.taskOf('mia').dueAt).toBe('2025-03-04T01:00:00.000Z');
  });

  it('a timeout that loses the race to an approval is a no-op', () => {
    const h = due('auto_reject');
    h.start();
    const timer = timerOf(h, 'due')!;
    h.approve('bob');
    expect(h.send({ type: 'timer_fired', timerId: timer.id })).toMatchObject({ ok: true, effects: [], noop: expect.anything() });
    expect(h.status).toBe('running');
  });
});
