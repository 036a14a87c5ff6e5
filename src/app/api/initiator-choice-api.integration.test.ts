import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import * as recordsRoute from '@/app/api/v1/records/[entity]/route';
import * as createChoicesRoute from '@/app/api/v1/records/[entity]/choices/route';
import * as actionRoute from '@/app/api/v1/records/[entity]/[id]/actions/[action]/route';
import * as actionChoicesRoute from '@/app/api/v1/records/[entity]/[id]/actions/[action]/choices/route';
import type { Actor } from '@/server/auth/actor';
import { createApiKey } from '@/server/auth/api-keys';
import { queryRows } from '@/server/db/sql';
import type { DbHandle } from '@/server/db/types';
import { createRecord } from '@/server/services/create-record';
import { createStockedProduct } from '@/server/testing/fixtures';
import { callRoute, serveRoutesFrom } from '@/server/testing/route-harness';
import { testActor } from '@/server/testing/test-actors';
import { openTestDb, testDrivers } from '@/server/testing/test-db';
import { approval, instanceRow, label, node, orderStatus, pendingTasks, publishOrdersWithApproval, publishWorkflowDoc, workflowDoc } from '@/server/workflows/workflow-test-kit';

describe.each(testDrivers())("initiator's choice of approvers on %s", (driver) => {
  let handle: DbHandle;
  let admin: Actor;
  let clerk: Actor;
  let clerkKey: string;
  let reviewers: Actor[];
  let retired: Actor;
  let customer: string;
  let product: string;

  const submit = (order: string, body?: unknown) =>
    callRoute(actionRoute.POST, 'POST', `/api/v1/records/orders/${order}/actions/submit`, { key: clerkKey, body, params: { entity: 'orders', id: order, action: 'submit' } });
  const choices = (order: string, action = 'submit') =>
    callRoute(actionChoicesRoute.GET, 'GET', `/api/v1/records/orders/${order}/actions/${action}/choices`, { key: clerkKey, params: { entity: 'orders', id: order, action } });
  const createVia = (entity: string, body: unknown) => callRoute(recordsRoute.POST, 'POST', `/api/v1/records/${entity}`, { key: clerkKey, body, params: { entity } });
  const draft = async () => (await createRecord(handle.db, clerk, 'orders', { customer, status: 'draft', lines: [{ product, qty: 1 }] })).id;
  const instancesOf = (recordId: string) =>
    queryRows<{ id: string; workflow_key: string }>(handle.db, sql`select id, workflow_key from workflow_instances where record_id = ${recordId} order by started_at`);
  const assignees = async (instanceId: string) => (await pendingTasks(handle.db, instanceId)).map((task) => task.assignee_id).sort();

  beforeAll(async () => {
    handle = await openTestDb(driver);
    serveRoutesFrom(handle);
    const db = handle.db;
    await publishOrdersWithApproval(db);
    admin = await testActor(db, ['admin']);
    clerk = await testActor(db, ['clerk']);
    clerkKey = (await createApiKey(db, { username: clerk.username, name: 'clerk' })).key;
    reviewers = [await testActor(db, ['manager']), await testActor(db, ['finance']), await testActor(db, ['finance'])];
    retired = await testActor(db, ['manager']);
    await db.execute(sql`update users set active = false where id = ${retired.id}`);
    customer = (await createRecord(db, admin, 'customers', { name: 'Choice Buyer' })).id;
    product = await createStockedProduct(db, admin, { sku: 'IC-1', name: 'Picked widget', unit_price: '10.00' }, 1000);
    // Submitting an order asks the clerk who reviews it; nobody picked → the administrators (to_admin).
    const reviewer = { ...approval('reviewer', { mode: 'all', approvers: [{ kind: 'initiator_choice' }] }), name: label('指定审核人', 'Picked reviewer') };
    await publishWorkflowDoc(
      db,
      admin,
      workflowDoc('picked_review', [node('start', 'start'), reviewer, node('end', 'end')], {
        trigger: { kind: 'state_action', action: 'submit' },
        onApproved: { stateAction: 'approve' },
        onRejected: { stateAction: 'cancel' },
      }),
    );
    // A new customer asks for an account owner, or else passes on its own (auto_approve).
    const owner = approval('owner', { approvers: [{ kind: 'initiator_choice' }], policies: { emptyApprovers: 'auto_approve', repeatedApprover: 'auto_pass', initiatorIsApprover: 'require' } });
    await publishWorkflowDoc(db, admin, { ...workflowDoc('customer_owner', [node('start', 'start'), owner, node('end', 'end')], { trigger: { kind: 'record_created' } }), entity: 'customers' });
  });
  afterAll(() => handle?.close());

  it('lists the nodes that ask the initiator, per action and for creation', async () => {
    const order = await draft();
    const listed = await choices(order);
    expect(listed.status).toBe(200);
    expect(listed.json).toEqual({
      data: [
        {
          workflowKey: 'picked_review',
          workflowName: { 'zh-CN': '流程picked_review', en: 'Workflow picked_review' },
          nodes: [{ key: 'reviewer', name: { 'zh-CN': '指定审核人', en: 'Picked reviewer' }, multiple: true, required: true }],
        },
      ],
    });
    expect((await choices(order, 'cancel')).json).toEqual({ data: [] });
    expect((await choices(order, 'nothing')).status).toBe(404);
    expect((await choices('not-a-uuid')).status).toBe(404);

    const forCreate = (entity: string) => callRoute(createChoicesRoute.GET, 'GET', `/api/v1/records/${entity}/choices`, { key: clerkKey, params: { entity } });
    expect((await forCreate('customers')).json.data).toEqual([expect.objectContaining({ workflowKey: 'customer_owner', nodes: [expect.objectContaining({ key: 'owner', required: false })] })]);
    expect((await forCreate('orders')).json).toEqual({ data: [] });
    // Purchasing's products: the clerk may not create them, so may not ask either.
    expect((await forCreate('products')).status).toBe(403);
  });

  it('gives exactly the chosen people a task, and lists the workflow no more while it runs', async () => {
    const order = await draft();
    const [first, second] = reviewers;
    const response = await submit(order, { approvers: { picked_review: { reviewer: [first.id, second.id.toUpperCase(), first.id] } } });
    expect(response.status, JSON.stringify(response.json)).toBe(200);
    expect(response.json.status).toBe('pending_approval');
    const [instance] = await instancesOf(order);
    expect(instance.workflow_key).toBe('picked_review');
    expect(await assignees(instance.id)).toEqual([first.id, second.id].sort());
    expect((await choices(order)).json).toEqual({ data: [] });
  });

  it.each([
    ['an unknown node', (ids: string[]) => ({ picked_review: { approver: ids } }), /approver/],
    ['an unknown workflow', (ids: string[]) => ({ order_approval: { reviewer: ids } }), /order_approval/],
    ['a user who does not exist', () => ({ picked_review: { reviewer: ['00000000-0000-4000-8000-000000000000'] } }), /reviewer/],
    ['a user id that is no uuid', () => ({ picked_review: { reviewer: ['alice'] } }), /reviewer/],
    ['an empty id', () => ({ picked_review: { reviewer: [''] } }), /approvers\.picked_review\.reviewer/],
    ['a list instead of picks per node', () => ({ picked_review: ['x'] }), /approvers\.picked_review/],
  ])('refuses %s with 422 and writes nothing', async (_, approvers, named) => {
    const order = await draft();
    const response = await submit(order, { approvers: approvers([reviewers[0].id]) });
    expect(response.status).toBe(422);
    expect(response.json.error.code).toBe('validation_failed');
    expect(response.json.error.message).toMatch(named);
    expect(await orderStatus(handle.db, order)).toBe('draft');
    expect(await instancesOf(order)).toEqual([]);
  });

  it('refuses a user who is no longer active', async () => {
    const order = await draft();
    const response = await submit(order, { approvers: { picked_review: { reviewer: [reviewers[0].id, retired.id] } } });
    expect(response.status).toBe(422);
    expect(response.json.error.details.approvers).toEqual([expect.objectContaining({ workflowKey: 'picked_review', nodeKey: 'reviewer' })]);
    expect(await orderStatus(handle.db, order)).toBe('draft');
    expect(await instancesOf(order)).toEqual([]);
  });

  it("without a choice applies the node's empty-approver policy as before", async () => {
    const order = await draft();
    const response = await submit(order);
    expect(response.status).toBe(200);
    const [instance] = await instancesOf(order);
    const admins = await queryRows<{ id: string }>(
      handle.db,
      sql`select distinct m.user_id as id from memberships m join roles r on r.key = m.role_key join users u on u.id = m.user_id where u.active and (r.permissions ->> 'admin')::boolean`,
    );
    expect(await assignees(instance.id)).toEqual(admins.map((row) => row.id).sort());
    expect((await instanceRow(handle.db, instance.id)).state.history).toContainEqual(expect.objectContaining({ action: 'note', nodeKey: 'reviewer', detail: expect.objectContaining({ reason: 'no_approvers_to_admin' }) }));
  });

  it('takes the picks on record creation, and refuses bad ones without creating the record', async () => {
    const owner = reviewers[2];
    const created = await createVia('customers', { name: 'Owned customer', approvers: { customer_owner: { owner: [owner.id] } } });
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    expect(created.json).not.toHaveProperty('approvers');
    const [instance] = await instancesOf(created.json.id);
    expect(await assignees(instance.id)).toEqual([owner.id]);

    const refused = await createVia('customers', { name: 'Nobody owns me', approvers: { customer_owner: { owner: [retired.id] } } });
    expect(refused.status).toBe(422);
    expect(refused.json.error.message).toMatch(/owner/);
    const [{ count }] = await queryRows<{ count: number }>(handle.db, sql`select count(*)::int as count from e_customers where name = 'Nobody owns me'`);
    expect(count).toBe(0);

    // Without picks the node passes on its own, as its policy says.
    const plain = await createVia('customers', { name: 'Unowned customer' });
    const [passed] = await instancesOf(plain.json.id);
    expect((await instanceRow(handle.db, passed.id)).status).toBe('approved');
  });
});
