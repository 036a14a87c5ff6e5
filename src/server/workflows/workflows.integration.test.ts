import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../db/sql';
import type { DbHandle } from '../db/types';
import type { Actor } from '../auth/actor';
import { AppError } from '../errors';
import { createRecord } from '../services/create-record';
import { runAction } from '../services/run-action';
import { createStockedProduct } from '../testing/fixtures';
import { testActor } from '../testing/test-actors';
import { openTestDb, testDrivers } from '../testing/test-db';
import { actOnTask } from './act-on-task';
import { createWorkflow } from './create-workflow';
import { getTask } from './get-task';
import { listTasks } from './list-tasks';
import { publishWorkflow } from './publish-workflow';
import { saveWorkflowDraft } from './save-workflow-draft';
import { taskCounts } from './task-counts';
import { approval, label, node, orderStatus, pendingTasks, publishOrdersWithApproval, reservedOf, workflowDoc } from './workflow-test-kit';

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe.each(testDrivers())('workflow runtime on %s', (driver) => {
  let handle: DbHandle;
  let admin: Actor;
  let clerk: Actor;
  let managers: Actor[];
  let finance: Actor[];
  let customer: string;
  let product: string;

  beforeAll(async () => {
    handle = await openTestDb(driver);
    const db = handle.db;
    await publishOrdersWithApproval(db);
    admin = await testActor(db, ['admin']);
    clerk = await testActor(db, ['clerk']);
    managers = [await testActor(db, ['manager']), await testActor(db, ['manager'])];
    finance = [await testActor(db, ['finance']), await testActor(db, ['finance'])];
    customer = (await createRecord(db, admin, 'customers', { name: 'Approval Buyer' })).id;
    product = await createStockedProduct(db, admin, { sku: 'WF-1', name: 'Widget', unit_price: '100.00' }, 1000);
    // submit → sales manager (any) → finance (all) → approve; rejection cancels.
    const doc = workflowDoc(
      'order_approval',
      [
        node('start', 'start'),
        approval('manager', { approvers: [{ kind: 'role', role: 'manager' }], fieldPermissions: { notes: 'editable', external_ref: 'hidden' } }),
        approval('finance', { mode: 'all', approvers: [{ kind: 'role', role: 'finance' }] }),
        node('end', 'end'),
      ],
      { trigger: { kind: 'state_action', action: 'submit' }, onApproved: { stateAction: 'approve' }, onRejected: { stateAction: 'cancel' } },
    );
    await createWorkflow(db, admin, { key: doc.key, name: doc.name, entity: doc.entity, trigger: doc.trigger });
    await saveWorkflowDraft(db, admin, doc.key, doc);
    expect(await publishWorkflow(db, admin, doc.key)).toEqual({ version: 1 });
  });
  afterAll(() => handle?.close());

  const submitOrder = async (qty: number, extra: Record<string, unknown> = {}) => {
    const order = await createRecord(handle.db, clerk, 'orders', { customer, status: 'draft', lines: [{ product, qty }], ...extra });
    await runAction(handle.db, { actor: clerk }, 'orders', order.id, 'submit');
    const [instance] = await queryRows<{ id: string }>(handle.db, sql`select id from workflow_instances where record_id = ${order.id}`);
    return { order: order.id, instance: instance.id };
  };

  it('refuses to publish an invalid definition, listing its problems', async () => {
    const doc = workflowDoc('broken', [node('start', 'start'), approval('review', { approvers: [] }), node('end', 'end')]);
    await createWorkflow(handle.db, admin, { key: doc.key, name: doc.name, entity: 'orders', trigger: doc.trigger });
    const saved = await saveWorkflowDraft(handle.db, admin, doc.key, doc);
    expect(saved.problems.map((problem) => problem.code)).toContain('approval_no_approvers');
    const error = await failure(publishWorkflow(handle.db, admin, doc.key));
    expect(error.status).toBe(422);
    expect(error.code).toBe('invalid_workflow');
    expect((error.details as { problems: Array<{ code: string; nodeKey?: string }> }).problems).toContainEqual(expect.objectContaining({ code: 'approval_no_approvers', nodeKey: 'review' }));
    expect((await failure(createWorkflow(handle.db, admin, { key: 'broken', name: label('x'), entity: 'orders', trigger: doc.trigger }))).status).toBe(409);
    expect((await failure(createWorkflow(handle.db, clerk, { key: 'other', name: label('x'), entity: 'orders', trigger: doc.trigger }))).status).toBe(403);
  });

  it('starts on submit with a task for each sales manager, and approving through to the end runs onApproved', async () => {
    const reservedBefore = await reservedOf(handle.db, product);
    const { order, instance } = await submitOrder(3);
    expect(await orderStatus(handle.db, order)).toBe('pending_approval');
    expect(await reservedOf(handle.db, product)).toBe(reservedBefore + 3);
    const managerTasks = await pendingTasks(handle.db, instance, 'manager');
    expect(managerTasks.map((task) => task.assignee_id).sort()).toEqual(managers.map((manager) => manager.id).sort());
    expect((await taskCounts(handle.db, managers[0])).todo).toBeGreaterThanOrEqual(1);
    const inbox = await listTasks(handle.db, managers[0], { box: 'todo' });
    expect(inbox.data.find((item) => item.instanceId === instance)).toMatchObject({ workflowKey: 'order_approval', nodeKey: 'manager', entity: 'orders', recordId: order, initiator: { id: clerk.id } });

    const mine = managerTasks.find((task) => task.assignee_id === managers[0].id)!;
    await actOnTask(handle.db, managers[0], mine.id, 'approve', { comment: 'ok' });
    // Mode any: the other manager's task is cancelled, finance gets one task each (mode all).
    expect(await pendingTasks(handle.db, instance, 'manager')).toEqual([]);
    const financeTasks = await pendingTasks(handle.db, instance, 'finance');
    expect(financeTasks).toHaveLength(2);
    await actOnTask(handle.db, finance[0], financeTasks.find((task) => task.assignee_id === finance[0].id)!.id, 'approve', {});
    expect(await orderStatus(handle.db, order)).toBe('pending_approval');
    const last = await actOnTask(handle.db, finance[1], financeTasks.find((task) => task.assignee_id === finance[1].id)!.id, 'approve', {});
    expect(last.instance.status).toBe('approved');
    expect(await orderStatus(handle.db, order)).toBe('pending_payment');
    expect((await listTasks(handle.db, clerk, { box: 'initiated' })).data.find((item) => item.id === instance)?.status).toBe('approved');
  });

  it('rejecting runs onRejected: the order is cancelled and its stock released', async () => {
    const reservedBefore = await reservedOf(handle.db, product);
    const { order, instance } = await submitOrder(5);
    expect(await reservedOf(handle.db, product)).toBe(reservedBefore + 5);
    const [task] = await pendingTasks(handle.db, instance, 'manager');
    const assignee = managers.find((manager) => manager.id === task.assignee_id)!;
    const result = await actOnTask(handle.db, assignee, task.id, 'reject', { comment: 'too expensive' });
    expect(result.instance.status).toBe('rejected');
    expect(await orderStatus(handle.db, order)).toBe('cancelled');
    expect(await reservedOf(handle.db, product)).toBe(reservedBefore);
  });

  it('applies field permissions: hidden fields leave the record, only editable fields may be changed', async () => {
    const { order, instance } = await submitOrder(1, { external_ref: `EXT-${driver}`, notes: 'first' });
    const [task] = await pendingTasks(handle.db, instance, 'manager');
    const assignee = managers.find((manager) => manager.id === task.assignee_id)!;
    const detail = await getTask(handle.db, assignee, task.id);
    expect(detail.record).not.toHaveProperty('external_ref');
    expect(detail.record.notes).toBe('first');
    expect(detail.fieldPermissions).toMatchObject({ external_ref: 'hidden', notes: 'editable', channel: 'readonly' });
    expect(detail.actions).toEqual(expect.arrayContaining(['approve', 'reject', 'transfer', 'comment']));
    expect(detail.history[0]).toMatchObject({ action: 'started', actor: { id: clerk.id } });

    const refused = await failure(actOnTask(handle.db, assignee, task.id, 'approve', { values: { channel: 'online' } }));
    expect(refused.status).toBe(422);
    expect((await pendingTasks(handle.db, instance, 'manager')).length).toBeGreaterThan(0);
    // Someone else's task: 403; unknown task: 404.
    expect((await failure(actOnTask(handle.db, clerk, task.id, 'approve', {}))).status).toBe(403);
    expect((await failure(getTask(handle.db, finance[0], task.id))).status).toBe(404);

    await actOnTask(handle.db, assignee, task.id, 'approve', { values: { notes: 'checked by manager' } });
    const [{ notes }] = await queryRows<{ notes: string }>(handle.db, sql`select notes from e_orders where id = ${order}`);
    expect(notes).toBe('checked by manager');
    // Decided: acting again is a conflict.
    expect((await failure(actOnTask(handle.db, assignee, task.id, 'approve', {}))).status).toBe(409);
  });
});
