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

describe('approve and reject', () => {
  it('routes to the next node and runs the approved state action at the end', () => {
    const h = new Harness(twoSteps());
    h.start();
    const effects = h.approve('bob', '同意');
    expect(effectsOf(effects, 'create_task').map((effect) => effect.task.nodeKey)).toEqual(['finance']);
    expect(h.state?.history.at(-1)).toMatchObject({ action: 'approved', actor: 'bob', comment: '同意' });
    const last = h.approve('carol');
    expect(effectsOf(last, 'run_state_action')).toEqual([{ type: 'run_state_action', action: 'approve' }]);
    expect(h.status).toBe('approved');
  });

  it('runs the rejected state action on rejection', () => {
    const h = new Harness(twoSteps());
    h.start();
    const effects = h.reject('bob');
    expect(effectsOf(effects, 'run_state_action')).toEqual([{ type: 'run_state_action', action: 'cancel' }]);
    expect(effectsOf(effects, 'finished')).toEqual([{ type: 'finished', outcome: 'rejected' }]);
  });

  it('refuses a second decision on the same task (409) and leaves the state alone', () => {
    const h = new Harness(singleApproval({ mode: 'all', approvers: users('bob', 'carol') }));
    h.start();
    const task = h.taskOf('bob');
    h.approve('bob');
    const before = structuredClone(h.state);
    expect(h.send({ type: 'approve', taskId: task.id, actor: 'bob' })).toMatchObject({ ok: false, status: 409, code: 'task_not_pending' });
    expect(h.send({ type: 'reject', taskId: 'nope', actor: 'bob' })).toMatchObject({ ok: false, status: 404 });
    expect(h.state).toEqual(before);
  });

  it('requires a comment where the node says so', () => {
    const h = new Harness(singleApproval({ approvers: users('bob'), commentRequired: { approve: true, reject: true } }));
    h.start();
    const task = h.taskOf('bob');
    expect(h.send({ type: 'approve', taskId: task.id, actor: 'bob' })).toMatchObject({ ok: false, status: 400, code: 'comment_required' });
    expect(h.send({ type: 'reject', taskId: task.id, actor: 'bob', comment: '  ' })).toMatchObject({ ok: false, status: 400 });
    h.approve('bob', 'ok');
    expect(h.status).toBe('approved');
  });

  it('refuses changes to fields the node does not make editable', () => {
    const h = new Harness(singleApproval({ approvers: users('bob'), fieldPermissions: { discount: 'editable', total: 'readonly' } }));
    h.start();
    const task = h.taskOf('bob');
    const refused = h.send({ type: 'approve', taskId: task.id, actor: 'bob', changedFields: ['discount', 'total', 'notes'] });
    expect(refused).toMatchObject({ ok: false, status: 403, code: 'field_not_editable' });
    expect(!refused.ok && refused.message.en).toContain('total, notes');
    expect(h.send({ type: 'approve', taskId: task.id, actor: 'bob', changedFields: ['discount'] }).ok).toBe(true);
  });
});

describe('return (退回)', () => {
  it('sends the instance back to an allowed earlier node with fresh tasks', () => {
    const h = new Harness(twoSteps());
    h.start();
    h.approve('bob');
    const task = h.taskOf('carol');
    const effects = h.ok({ type: 'return', taskId: task.id, actor: 'carol', to: 'manager', comment: '金额不对' });
    expect(h.state?.tasks.find((candidate) => candidate.id === task.id)?.status).toBe('returned');
    expect(effectsOf(effects, 'create_task').map((effect) => effect.task.assignee)).toEqual(['bob']);
    // Bob approved before; the return must not let the repeated-approver policy wave him through.
    expect(h.taskOf('bob').nodeKey).toBe('manager');
    h.approve('bob');
    h.approve('carol');
    expect(h.status).toBe('approved');
  });

  it('refuses a target the node does not allow', () => {
    const h = new Harness(twoSteps());
    h.start();
    h.approve('bob');
    const task = h.taskOf('carol');
    expect(h.send({ type: 'return', taskId: task.id, actor: 'carol', to: 'start' })).toMatchObject({ ok: false, status: 409, code: 'return_not_allowed' });
  });

  it('requires a comment when configured', () => {
    const h = new Harness(twoSteps({ commentRequired: { return: true } }));
    h.start();
    h.approve('bob');
    expect(h.send({ type: 'return', taskId: h.taskOf('carol').id, actor: 'carol', to: 'manager' })).toMatchObject({ ok: false, status: 400 });
  });
});

describe('transfer (转交)', () => {
  it('hands the task to someone else in the same slot', () => {
    const h = new Harness(singleApproval({ mode: 'all', approvers: users('bob', 'carol') }));
    h.start();
    const task = h.taskOf('bob');
    h.ok({ type: 'transfer', taskId: task.id, actor: 'bob', to: 'erin', comment: '我出差' });
    expect(h.state?.tasks.find((candidate) => candidate.id === task.id)).toMatchObject({ status: 'transferred', transferredTo: 'erin' });
    expect(h.taskOf('erin').order).toBe(task.order);
    h.approve('carol');
    expect(h.status).toBe('running');
    h.approve('erin');
    expect(h.status).toBe('approved');
  });

  it('refuses transfers to oneself, to someone already on the step, or where the node forbids them', () => {
    const h = new Harness(singleApproval({ mode: 'all', approvers: users('bob', 'carol') }));
    h.start();
    const task = h.taskOf('bob');
    expect(h.send({ type: 'transfer', taskId: task.id, actor: 'bob', to: 'bob' })).toMatchObject({ ok: false, code: 'invalid_user' });
    expect(h.send({ type: 'transfer', taskId: task.id, actor: 'bob', to: 'carol' })).toMatchObject({ ok: false, code: 'invalid_user' });
    const locked = new Harness(singleApproval({ approvers: users('bob'), allowTransfer: false }));
    locked.start();
    expect(locked.send({ type: 'transfer', taskId: locked.taskOf('bob').id, actor: 'bob', to: 'erin' })).toMatchObject({ ok: false, code: 'transfer_not_allowed' });
  });
});
