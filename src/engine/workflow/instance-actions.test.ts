import { describe, expect, it } from 'vitest';
import { approval, effectsOf, Harness, line, node, singleApproval, workflow } from './test-fixtures';

const users = (...ids: string[]) => [{ kind: 'user', ids }];

/** start → manager (bob) → finance (carol, may return to manager) → end */
function twoSteps(financeConfig: Record<string, unknown> = {}) {
  return workflow(
    [
      node('start', 'start'),
      approval('manager', { approvers: users('bob') }),
      approval('finance', { approvers: users('carol'), returnTo: ['manager'], ...financeConfig }),
      node('done', 'end'),
    ],
    line('start', 'manager', 'finance', 'done'),
    { onApproved: { stateAction: 'approve' }, onRejected: { stateAction: 'cancel' }, onWithdrawn: { stateAction: 'back_to_draft' } },
  );
}

describe('withdraw (撤回)', () => {
  it('lets the initiator withdraw before anyone acted', () => {
    const h = new Harness(twoSteps());
    h.start('alice');
    expect(h.send({ type: 'withdraw', actor: 'bob' })).toMatchObject({ ok: false, status: 403, code: 'not_initiator' });
    const effects = h.ok({ type: 'withdraw', actor: 'alice', comment: '填错了' });
    expect(h.status).toBe('withdrawn');
    expect(effectsOf(effects, 'cancel_task')).toHaveLength(1);
    expect(effectsOf(effects, 'run_state_action')).toEqual([{ type: 'run_state_action', action: 'back_to_draft' }]);
  });

  it('refuses once an approver acted, and an approval after a withdrawal loses', () => {
    const h = new Harness(twoSteps());
    h.start('alice');
    h.approve('bob');
    expect(h.send({ type: 'withdraw', actor: 'alice' })).toMatchObject({ ok: false, status: 409, code: 'already_acted' });

    const other = new Harness(twoSteps());
    other.start('alice');
    const task = other.taskOf('bob');
    other.ok({ type: 'withdraw', actor: 'alice' });
    expect(other.send({ type: 'approve', taskId: task.id, actor: 'bob' })).toMatchObject({ ok: false, status: 409 });
  });
});

describe('comments, urging and cancelling', () => {
  it('takes comments from participants only, also after the end', () => {
    const h = new Harness(singleApproval({ approvers: users('bob') }));
    h.start('alice');
    expect(h.send({ type: 'comment', actor: 'mallory', comment: 'hi' })).toMatchObject({ ok: false, status: 403 });
    expect(h.send({ type: 'comment', actor: 'mallory', comment: 'hi', asAdmin: true }).ok).toBe(true);
    h.approve('bob');
    h.ok({ type: 'comment', actor: 'bob', comment: '已通过，记得发货' });
    expect(h.state?.history.at(-1)).toMatchObject({ action: 'commented', actor: 'bob', comment: '已通过，记得发货' });
  });

  it('urges every pending approver on the initiator’s request', () => {
    const h = new Harness(singleApproval({ mode: 'all', approvers: users('bob', 'carol') }));
    h.start('alice');
    expect(h.send({ type: 'urge', actor: 'bob' })).toMatchObject({ ok: false, status: 403 });
    const notes = effectsOf(h.ok({ type: 'urge', actor: 'alice' }), 'notify');
    expect(notes.map((note) => [note.reason, note.userIds])).toEqual([['urge', ['bob']], ['urge', ['carol']]]);
  });

  it('cancels everything and refuses later events', () => {
    const h = new Harness(singleApproval({ approvers: users('bob') }));
    h.start();
    const task = h.taskOf('bob');
    h.ok({ type: 'cancel', actor: 'admin' });
    expect(h.status).toBe('cancelled');
    expect(h.send({ type: 'approve', taskId: task.id, actor: 'bob' })).toMatchObject({ ok: false, status: 409, code: 'not_running' });
    expect(h.send({ type: 'start', initiator: 'alice' })).toMatchObject({ ok: false, code: 'already_started' });
  });
});
