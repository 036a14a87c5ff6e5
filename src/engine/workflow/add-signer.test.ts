import { describe, expect, it } from 'vitest';
import { Harness, singleApproval } from './test-fixtures';

const users = (...ids: string[]) => [{ kind: 'user', ids }];

describe('add signer (加签)', () => {
  it('before: the signer decides first, then the task comes back to the approver', () => {
    const h = new Harness(singleApproval({ approvers: users('bob') }));
    h.start();
    h.ok({ type: 'add_signer', taskId: h.taskOf('bob').id, actor: 'bob', position: 'before', user: 'erin' });
    expect(h.pending().map((task) => task.assignee)).toEqual(['erin']);
    expect(h.taskOf('erin')).toMatchObject({ addedBy: 'bob', addedPosition: 'before' });
    h.approve('erin');
    expect(h.status).toBe('running');
    h.approve('bob');
    expect(h.status).toBe('approved');
  });

  it('after: the approver approves and the signer must approve too, even in mode any', () => {
    const h = new Harness(singleApproval({ mode: 'any', approvers: users('bob', 'carol') }));
    h.start();
    h.ok({ type: 'add_signer', taskId: h.taskOf('bob').id, actor: 'bob', position: 'after', user: 'erin' });
    expect(h.status).toBe('running');
    expect(h.pending().map((task) => task.assignee).sort()).toEqual(['carol', 'erin']);
    h.approve('erin');
    expect(h.status).toBe('approved');
  });

  it('a rejection by the added signer rejects', () => {
    const h = new Harness(singleApproval({ mode: 'all', approvers: users('bob') }));
    h.start();
    h.ok({ type: 'add_signer', taskId: h.taskOf('bob').id, actor: 'bob', position: 'before', user: 'erin' });
    h.reject('erin');
    expect(h.status).toBe('rejected');
  });

  it('does not nest: an added signer cannot add another', () => {
    const h = new Harness(singleApproval({ approvers: users('bob') }));
    h.start();
    h.ok({ type: 'add_signer', taskId: h.taskOf('bob').id, actor: 'bob', position: 'before', user: 'erin' });
    expect(h.send({ type: 'add_signer', taskId: h.taskOf('erin').id, actor: 'erin', position: 'after', user: 'frank' })).toMatchObject({ ok: false, status: 409, code: 'add_signer_not_allowed' });
    expect(h.send({ type: 'add_signer', taskId: h.taskOf('erin').id, actor: 'erin', position: 'before', user: 'erin' })).toMatchObject({ ok: false });
  });

  it('keeps the signer role when an added signer transfers', () => {
    const h = new Harness(singleApproval({ approvers: users('bob') }));
    h.start();
    h.ok({ type: 'add_signer', taskId: h.taskOf('bob').id, actor: 'bob', position: 'before', user: 'erin' });
    h.ok({ type: 'transfer', taskId: h.taskOf('erin').id, actor: 'erin', to: 'frank' });
    h.approve('frank');
    expect(h.taskOf('bob').addedBy).toBeUndefined();
  });

  it('before, in sequential mode: the next approver waits until the original approver is back and approves', () => {
    const h = new Harness(singleApproval({ mode: 'sequential', approvers: users('bob', 'carol') }));
    h.start();
    h.ok({ type: 'add_signer', taskId: h.taskOf('bob').id, actor: 'bob', position: 'before', user: 'erin' });
    h.approve('erin');
    expect(h.pending().map((task) => task.assignee)).toEqual(['bob']);
    h.approve('bob');
    expect(h.pending().map((task) => task.assignee)).toEqual(['carol']);
  });

  it('after counts as approving, so a required approval comment applies', () => {
    const h = new Harness(singleApproval({ approvers: users('bob'), commentRequired: { approve: true } }));
    h.start();
    const task = h.taskOf('bob');
    expect(h.send({ type: 'add_signer', taskId: task.id, actor: 'bob', position: 'after', user: 'erin' })).toMatchObject({ ok: false, status: 400 });
    expect(h.send({ type: 'add_signer', taskId: task.id, actor: 'bob', position: 'before', user: 'erin' }).ok).toBe(true);
  });

  it('refuses where the node does not allow it', () => {
    const h = new Harness(singleApproval({ approvers: users('bob'), allowAddSigner: false }));
    h.start();
    expect(h.send({ type: 'add_signer', taskId: h.taskOf('bob').id, actor: 'bob', position: 'before', user: 'erin' })).toMatchObject({ ok: false, status: 409, code: 'add_signer_not_allowed' });
  });
});
