import { describe, expect, it } from 'vitest';
import { decideStep } from './approval-votes';
import { effectsOf, Harness, singleApproval } from './test-fixtures';

const users = (...ids: string[]) => [{ kind: 'user', ids }];

describe('mode any (或签)', () => {
  it('gives every approver a task and passes on the first approval, cancelling the others', () => {
    const h = new Harness(singleApproval({ mode: 'any', approvers: users('bob', 'carol', 'dave') }));
    const started = h.start();
    expect(effectsOf(started, 'create_task').map((effect) => effect.task.assignee)).toEqual(['bob', 'carol', 'dave']);
    const effects = h.approve('carol');
    expect(h.status).toBe('approved');
    expect(effectsOf(effects, 'cancel_task')).toHaveLength(2);
    expect(effectsOf(effects, 'finished')).toEqual([{ type: 'finished', outcome: 'approved' }]);
    expect(h.state?.tasks.map((task) => task.status)).toEqual(['cancelled', 'approved', 'cancelled']);
  });

  it('rejects on the first rejection', () => {
    const h = new Harness(singleApproval({ mode: 'any', approvers: users('bob', 'carol') }));
    h.start();
    h.reject('bob');
    expect(h.status).toBe('rejected');
    expect(h.pending()).toEqual([]);
  });
});

describe('mode all (会签)', () => {
  it('waits for every approver', () => {
    const h = new Harness(singleApproval({ mode: 'all', approvers: users('bob', 'carol', 'dave') }));
    h.start();
    h.approve('dave');
    h.approve('bob');
    expect(h.status).toBe('running');
    expect(h.pending().map((task) => task.assignee)).toEqual(['carol']);
    h.approve('carol');
    expect(h.status).toBe('approved');
  });

  it('rejects when any approver rejects, even after others approved', () => {
    const h = new Harness(singleApproval({ mode: 'all', approvers: users('bob', 'carol', 'dave') }));
    h.start();
    h.approve('bob');
    const effects = h.reject('carol');
    expect(h.status).toBe('rejected');
    expect(effectsOf(effects, 'cancel_task').map((effect) => effect.taskId)).toEqual([h.state?.tasks.find((task) => task.assignee === 'dave')?.id]);
  });
});

describe('mode ratio', () => {
  it('passes once approvals reach the share', () => {
    const h = new Harness(singleApproval({ mode: 'ratio', ratioPercent: 60, approvers: users('a', 'b', 'c', 'd', 'e') }));
    h.start();
    h.approve('a');
    h.reject('b');
    h.approve('c');
    expect(h.status).toBe('running');
    h.approve('d');
    expect(h.status).toBe('approved');
  });

  it('rejects as soon as the share can no longer be reached', () => {
    const h = new Harness(singleApproval({ mode: 'ratio', ratioPercent: 60, approvers: users('a', 'b', 'c', 'd', 'e') }));
    h.start();
    h.reject('a');
    h.reject('b');
    // Three of the five can still approve, which is 60%.
    expect(h.status).toBe('running');
    h.reject('c');
    expect(h.status).toBe('rejected');
  });

  it('decides by exact shares', () => {
    expect(decideStep('ratio', ['approved', 'approved', 'pending'], 66)).toBe('approved');
    expect(decideStep('ratio', ['approved', 'approved', 'pending'], 67)).toBe('undecided');
    expect(decideStep('ratio', ['approved', 'rejected', 'pending'], 67)).toBe('rejected');
    expect(decideStep('ratio', ['approved', 'pending'], 50)).toBe('approved');
  });
});

describe('mode sequential (依次)', () => {
  it('gives the next approver a task only after the previous one approved', () => {
    const h = new Harness(singleApproval({ mode: 'sequential', approvers: users('bob', 'carol', 'dave') }));
    const started = h.start();
    expect(effectsOf(started, 'create_task').map((effect) => effect.task.assignee)).toEqual(['bob']);
    const afterBob = h.approve('bob');
    expect(effectsOf(afterBob, 'create_task').map((effect) => effect.task.assignee)).toEqual(['carol']);
    expect(h.taskOf('carol').order).toBe(1);
    h.approve('carol');
    expect(h.status).toBe('running');
    h.approve('dave');
    expect(h.status).toBe('approved');
  });

  it('stops at a rejection without asking the rest', () => {
    const h = new Harness(singleApproval({ mode: 'sequential', approvers: users('bob', 'carol') }));
    h.start();
    h.reject('bob');
    expect(h.status).toBe('rejected');
    expect(h.state?.tasks.map((task) => task.assignee)).toEqual(['bob']);
  });

  it('refuses a vote from someone whose turn has not come', () => {
    const h = new Harness(singleApproval({ mode: 'sequential', approvers: users('bob', 'carol') }));
    h.start();
    const bobsTask = h.taskOf('bob');
    expect(h.send({ type: 'approve', taskId: bobsTask.id, actor: 'carol' })).toMatchObject({ ok: false, status: 403, code: 'not_assignee' });
  });
});
