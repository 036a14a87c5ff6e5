import { describe, expect, it } from 'vitest';
import { managerChain } from './resolve-approvers';
import { approval, directoryOf, effectsOf, Harness, line, node, singleApproval, workflow } from './test-fixtures';

const org = {
  roles: { sales_manager: ['mia', 'max'], finance: ['fay'], director: ['dora'] },
  managers: { alice: 'mia', mia: 'dora', dora: 'ceo' },
  admins: ['root'],
};

const assignees = (h: Harness) => h.state?.tasks.map((task) => task.assignee);

describe('approver sources', () => {
  it('resolves users, roles and record fields in order, each person once', () => {
    const h = new Harness(
      singleApproval({ mode: 'all', approvers: [{ kind: 'user', ids: ['fay'] }, { kind: 'role', role: 'sales_manager' }, { kind: 'field', field: 'reviewers' }, { kind: 'role', role: 'finance' }] }),
      { org, record: { reviewers: ['zoe', 'mia'] } },
    );
    h.start();
    expect(assignees(h)).toEqual(['fay', 'mia', 'max', 'zoe']);
  });

  it('walks the initiator’s manager chain by levels or up to a role', () => {
    const directory = directoryOf(org);
    expect(managerChain(directory, 'alice', {})).toEqual(['mia']);
    expect(managerChain(directory, 'alice', { levels: 2 })).toEqual(['mia', 'dora']);
    expect(managerChain(directory, 'alice', { levels: 9 })).toEqual(['mia', 'dora', 'ceo']);
    expect(managerChain(directory, 'alice', { upToRole: 'director' })).toEqual(['mia', 'dora']);
    expect(managerChain(directory, 'alice', { upToRole: 'finance' })).toEqual([]);
    const looping = directoryOf({ managers: { a: 'b', b: 'a' } });
    expect(managerChain(looping, 'a', { levels: 5 })).toEqual(['b']);
  });

  it('asks the manager chain one level after the other in sequential mode', () => {
    const h = new Harness(singleApproval({ mode: 'sequential', approvers: [{ kind: 'manager_chain', levels: 2 }] }), { org });
    h.start('alice');
    expect(h.pending().map((task) => task.assignee)).toEqual(['mia']);
    h.approve('mia');
    expect(h.pending().map((task) => task.assignee)).toEqual(['dora']);
  });

  it('takes the approvers the initiator chose for the node', () => {
    const h = new Harness(singleApproval({ approvers: [{ kind: 'initiator_choice' }] }), { org });
    h.start('alice', { review: ['zoe'] });
    expect(assignees(h)).toEqual(['zoe']);
  });
});

describe('empty approver set', () => {
  const nobody = (emptyApprovers: string) =>
    new Harness(singleApproval({ approvers: [{ kind: 'role', role: 'nobody' }], policies: { emptyApprovers } }), { org });

  it('auto_approve passes the node and says why', () => {
    const h = nobody('auto_approve');
    h.start();
    expect(h.status).toBe('approved');
    expect(h.state?.history.find((entry) => entry.action === 'auto_approved')?.detail).toEqual({ reason: 'no_approvers' });
  });

  it('reject rejects the instance', () => {
    const h = nobody('reject');
    h.start();
    expect(h.status).toBe('rejected');
  });

  it('to_admin hands the node to the administrators, and rejects when there are none', () => {
    const h = nobody('to_admin');
    h.start();
    expect(h.pending().map((task) => task.assignee)).toEqual(['root']);
    const none = new Harness(singleApproval({ approvers: [{ kind: 'field', field: 'reviewer' }] }), { org: { admins: [] } });
    none.start();
    expect(none.status).toBe('rejected');
  });
});

describe('repeated approver', () => {
  const twoNodes = (repeatedApprover: string) =>
    workflow(
      [
        node('start', 'start'),
        approval('first', { mode: 'all', approvers: [{ kind: 'user', ids: ['mia', 'fay'] }] }),
        approval('second', { mode: 'all', approvers: [{ kind: 'user', ids: ['mia', 'dora'] }], policies: { repeatedApprover } }),
        node('done', 'end'),
      ],
      line('start', 'first', 'second', 'done'),
    );

  it('auto_pass passes someone who approved the previous node', () => {
    const h = new Harness(twoNodes('auto_pass'));
    h.start();
    h.approve('mia');
    const effects = h.approve('fay');
    expect(effectsOf(effects, 'create_task').map((effect) => effect.task.assignee)).toEqual(['dora']);
    expect(h.state?.tasks.find((task) => task.nodeKey === 'second' && task.assignee === 'mia')).toMatchObject({ status: 'approved', auto: 'repeated_approver' });
    h.approve('dora');
    expect(h.status).toBe('approved');
  });

  it('require asks them again', () => {
    const h = new Harness(twoNodes('require'));
    h.start();
    h.approve('mia');
    h.approve('fay');
    expect(h.pending().map((task) => task.assignee)).toEqual(['mia', 'dora']);
  });
});

describe('approver is the initiator', () => {
  const selfApproval = (initiatorIsApprover: string, mode = 'all') =>
    new Harness(singleApproval({ mode, approvers: [{ kind: 'user', ids: ['alice', 'fay'] }], policies: { initiatorIsApprover } }), { org });

  it('auto_pass passes the initiator’s own slot', () => {
    const h = selfApproval('auto_pass');
    h.start('alice');
    expect(h.pending().map((task) => task.assignee)).toEqual(['fay']);
    expect(h.state?.tasks[0]).toMatchObject({ assignee: 'alice', status: 'approved', auto: 'initiator' });
  });

  it('auto_pass decides a node in mode any without opening tasks for the others', () => {
    const h = selfApproval('auto_pass', 'any');
    const effects = h.start('alice');
    expect(h.status).toBe('approved');
    expect(effectsOf(effects, 'create_task')).toEqual([]);
  });

  it('require keeps the initiator as an approver', () => {
    const h = selfApproval('require');
    h.start('alice');
    expect(h.pending().map((task) => task.assignee)).toEqual(['alice', 'fay']);
  });

  it('skip_to_manager asks the initiator’s manager instead', () => {
    const h = selfApproval('skip_to_manager');
    h.start('alice');
    expect(h.pending().map((task) => task.assignee)).toEqual(['mia', 'fay']);
  });
});
