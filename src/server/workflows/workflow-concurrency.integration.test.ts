import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../db/sql';
import type { DbHandle } from '../db/types';
import type { Actor } from '../auth/actor';
import { AppError } from '../errors';
import { createRecord } from '../services/create-record';
import { createStockedProduct } from '../testing/fixtures';
import { testActor } from '../testing/test-actors';
import { openTestDb } from '../testing/test-db';
import { actOnTask } from './act-on-task';
import { fireTimer } from './fire-timer';
import { withdrawInstance } from './withdraw-instance';
import { approval, instanceRow, node, pendingTasks, publishOrdersWithApproval, publishWorkflowDoc, startOn, workflowDoc } from './workflow-test-kit';

/** Each promise's outcome: 'ok', or the HTTP status it was refused with. */
async function outcomes(promises: Array<Promise<unknown>>): Promise<Array<'ok' | number>> {
  const settled = await Promise.allSettled(promises);
  return settled.map((result) => {
    if (result.status === 'fulfilled') return 'ok';
    if (result.reason instanceof AppError) return result.reason.status;
    throw result.reason;
  });
}

// Races need connections that really run at once: PostgreSQL only (PGlite has one connection).
describe.runIf(process.env.TEST_DATABASE_URL)('workflow races on postgres', () => {
  let handle: DbHandle;
  let admin: Actor;
  let clerk: Actor;
  let approvers: Actor[];
  let order: string;

  beforeAll(async () => {
    handle = await openTestDb('postgres', { poolSize: 20 });
    const db = handle.db;
    await publishOrdersWithApproval(db);
    admin = await testActor(db, ['admin']);
    clerk = await testActor(db, ['clerk']);
    approvers = [];
    for (let index = 0; index < 10; index += 1) approvers.push(await testActor(db, ['manager']));
    const customer = (await createRecord(db, admin, 'customers', { name: 'Race Buyer' })).id;
    const product = await createStockedProduct(db, admin, { sku: 'RACE-1', name: 'Race', unit_price: '10.00' }, 1000);
    order = (await createRecord(db, clerk, 'orders', { customer, lines: [{ product, qty: 1 }] })).id;
    const ids = approvers.map((approver) => approver.id);
    await publishWorkflowDoc(db, admin, workflowDoc('all_ten', [node('start', 'start'), approval('board', { mode: 'all', approvers: [{ kind: 'user', ids }] }), approval('after', { approvers: [{ kind: 'user', ids: [admin.id] }] }), node('end', 'end')]));
    await publishWorkflowDoc(db, admin, workflowDoc('single', [node('start', 'start'), approval('review', { approvers: [{ kind: 'user', ids: [approvers[0].id] }] }), node('end', 'end')]));
    await publishWorkflowDoc(
      db,
      admin,
      workflowDoc('timed', [node('start', 'start'), approval('review', { approvers: [{ kind: 'user', ids: [approvers[0].id] }], due: { hours: 1, onTimeout: 'auto_reject' } }), node('end', 'end')]),
    );
    await publishWorkflowDoc(
      db,
      admin,
      workflowDoc('hooked', [node('start', 'start'), approval('review', { approvers: [{ kind: 'user', ids: [approvers[0].id] }] }), node('notify', 'action', { action: { kind: 'webhook', url: 'https://example.invalid/hook', format: 'json' } }), node('end', 'end')]),
    );
  });
  afterAll(() => handle?.close());

  it('ten approvers of an all-must-approve node approving at once make exactly one transition', async () => {
    const instance = await startOn(handle.db, clerk, 'all_ten', order);
    const tasks = await pendingTasks(handle.db, instance, 'board');
    expect(tasks).toHaveLength(10);
    const results = await outcomes(tasks.map((task) => actOnTask(handle.db, approvers.find((approver) => approver.id === task.assignee_id)!, task.id, 'approve', {})));
    expect(results).toEqual(Array(10).fill('ok'));
    const next = await queryRows(handle.db, sql`select id from workflow_tasks where instance_id = ${instance} and node_key = 'after'`);
    expect(next).toHaveLength(1);
    const row = await instanceRow(handle.db, instance);
    expect(row.version).toBe(11);
    expect(row.state.history.filter((entry) => entry.action === 'approved')).toHaveLength(10);
  });

  it('approve racing withdraw: exactly one wins, the loser gets 409', async () => {
    for (let round = 0; round < 3; round += 1) {
      const instance = await startOn(handle.db, clerk, 'single', order);
      const [task] = await pendingTasks(handle.db, instance);
      const results = await outcomes([actOnTask(handle.db, approvers[0], task.id, 'approve', {}), withdrawInstance(handle.db, clerk, instance, {})]);
      expect(results.filter((result) => result === 'ok')).toHaveLength(1);
      expect(results.filter((result) => result === 409)).toHaveLength(1);
      const { status } = await instanceRow(handle.db, instance);
      expect(status).toBe(results[0] === 'ok' ? 'approved' : 'withdrawn');
    }
  });

  it('approve racing the timeout timer: one outcome', async () => {
    for (let round = 0; round < 3; round += 1) {
      const instance = await startOn(handle.db, clerk, 'timed', order);
      const [task] = await pendingTasks(handle.db, instance);
      const due = (await instanceRow(handle.db, instance)).state.timers.find((timer) => timer.kind === 'due')!;
      const results = await outcomes([actOnTask(handle.db, approvers[0], task.id, 'approve', {}), fireTimer(handle.db, { instanceId: instance, timerId: due.id })]);
      // The timer job always completes (a stale timer is a no-op); the approval either wins or meets 409.
      expect(results[1]).toBe('ok');
      const row = await instanceRow(handle.db, instance);
      if (results[0] === 'ok') {
        expect(row.status).toBe('approved');
        expect(row.state.history.some((entry) => entry.action === 'auto_rejected')).toBe(false);
      } else {
        expect(results[0]).toBe(409);
        expect(row.status).toBe('rejected');
        expect(row.state.history.some((entry) => entry.action === 'approved')).toBe(false);
      }
    }
  });

  it('the same task submitted twice at once takes effect once', async () => {
    const instance = await startOn(handle.db, clerk, 'hooked', order);
    const [task] = await pendingTasks(handle.db, instance);
    const results = await outcomes([actOnTask(handle.db, approvers[0], task.id, 'approve', {}), actOnTask(handle.db, approvers[0], task.id, 'approve', {})]);
    expect(results.sort()).toEqual([409, 'ok']);
    const jobs = await queryRows(handle.db, sql`select key from jobs where queue = 'workflow-webhook' and key like ${`${instance}:%`}`);
    expect(jobs).toHaveLength(1);
    expect((await instanceRow(handle.db, instance)).state.history.filter((entry) => entry.action === 'approved')).toHaveLength(1);
  });
});
