import type { Db } from '../db/types';
import { advanceLoaded } from './advance-instance';
import { loadTransitionContext, systemActor } from './instance-context';
import { lockInstance } from './instance-store';
import type { TimerPayload } from './outbox';

/**
 * The 'workflow-timer' job: `timer_fired` in a transaction of its own. The engine re-checks the
 * guard (timer still scheduled, node still active, task still pending), so a timer that lost a
 * race with an approval or a withdrawal changes nothing; the instance lock orders them.
 */
export async function fireTimer(db: Db, payload: TimerPayload): Promise<void> {
  await db.transaction(async (tx) => {
    const row = await lockInstance(tx, payload.instanceId);
    if (!row || row.status !== 'running') return;
    const context = await loadTransitionContext(tx, row);
    if (!context.state.timers.some((timer) => timer.id === payload.timerId)) return;
    await advanceLoaded(tx, row, context, { type: 'timer_fired', timerId: payload.timerId }, await systemActor(tx, row.initiatorId));
  });
}
