import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as workflowsRoute from '@/app/api/v1/workflows/route';
import * as publishRoute from '@/app/api/v1/workflows/[key]/publish/route';
import * as draftRoute from '@/app/api/v1/workflows/[key]/draft/route';
import * as tasksRoute from '@/app/api/v1/tasks/route';
import * as taskRoute from '@/app/api/v1/tasks/[id]/route';
import * as actionRoute from '@/app/api/v1/tasks/[id]/actions/[action]/route';
import * as countsRoute from '@/app/api/v1/tasks/counts/route';
import * as notificationsRoute from '@/app/api/v1/notifications/route';
import type { DbHandle } from '@/server/db/types';
import { createApiKey } from '@/server/auth/api-keys';
import { createUser } from '@/server/bootstrap/users';
import { loadActor } from '@/server/auth/load-actor';
import { createRecord } from '@/server/services/create-record';
import { createStockedProduct } from '@/server/testing/fixtures';
import { callRoute, serveRoutesFrom } from '@/server/testing/route-harness';
import { openTestDb } from '@/server/testing/test-db';
import { approval, node, pendingTasks, publishOrdersWithApproval, startOn, workflowDoc } from '@/server/workflows/workflow-test-kit';

describe('workflow and inbox routes', () => {
  let handle: DbHandle;
  const keys: Record<string, string> = {};
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    handle = await openTestDb('pglite');
    serveRoutesFrom(handle);
    await publishOrdersWithApproval(handle.db);
    for (const role of ['designer', 'clerk', 'manager']) {
      ids[role] = (await createUser(handle.db, { username: `wf_${role}`, password: 'password1', roles: [role] })).id;
      keys[role] = (await createApiKey(handle.db, { username: `wf_${role}`, name: role })).key;
    }
  });
  afterAll(() => handle?.close());

  it('designer endpoints: 401 without a key, 403 for a clerk, 201 / 422 / 200 for a designer', async () => {
    expect((await callRoute(workflowsRoute.GET, 'GET', '/api/v1/workflows')).status).toBe(401);
    expect((await callRoute(workflowsRoute.GET, 'GET', '/api/v1/workflows', { key: keys.clerk })).status).toBe(403);
    const doc = workflowDoc('review', [node('start', 'start'), approval('check', { approvers: [] }), node('end', 'end')]);
    const created = await callRoute(workflowsRoute.POST, 'POST', '/api/v1/workflows', { key: keys.designer, body: { key: 'review', name: doc.name, entity: 'orders', trigger: doc.trigger } });
    expect(created.status).toBe(201);
    expect(created.json.draft.nodes.map((candidate: { kind: string }) => candidate.kind)).toEqual(['start', 'end']);
    const params = { key: 'review' };
    const saved = await callRoute(draftRoute.PUT, 'PUT', '/x', { key: keys.designer, params, body: doc });
    expect(saved.status).toBe(200);
    expect(saved.json.problems.length).toBeGreaterThan(0);
    const refused = await callRoute(publishRoute.POST, 'POST', '/x', { key: keys.designer, params });
    expect(refused.status).toBe(422);
    expect(refused.json.error.code).toBe('invalid_workflow');
    const fixed = workflowDoc('review', [node('start', 'start'), approval('check', { approvers: [{ kind: 'user', ids: [ids.manager] }] }), node('end', 'end')]);
    expect((await callRoute(draftRoute.PUT, 'PUT', '/x', { key: keys.designer, params, body: fixed })).status).toBe(200);
    expect((await callRoute(publishRoute.POST, 'POST', '/x', { key: keys.designer, params })).json).toEqual({ version: 1 });
    const listed = await callRoute(workflowsRoute.GET, 'GET', '/api/v1/workflows', { key: keys.designer });
    expect(listed.json.data).toEqual([expect.objectContaining({ key: 'review', publishedVersion: 1, hasDraft: false })]);
  });

  it('inbox endpoints: own tasks only, 404 for an unknown task, 409 when acting twice', async () => {
    const admin = (await loadActor(handle.db, (await createUser(handle.db, { username: 'wf_admin', password: 'password1', roles: ['admin'] })).id))!;
    const customer = (await createRecord(handle.db, admin, 'customers', { name: 'Route Buyer' })).id;
    const product = await createStockedProduct(handle.db, admin, { sku: 'RT-1', name: 'Route', unit_price: '1.00' }, 10);
    const order = (await createRecord(handle.db, admin, 'orders', { customer, lines: [{ product, qty: 1 }] })).id;
    const clerk = (await loadActor(handle.db, ids.clerk))!;
    const instance = await startOn(handle.db, clerk, 'review', order);
    const [task] = await pendingTasks(handle.db, instance);

    const todo = await callRoute(tasksRoute.GET, 'GET', '/api/v1/tasks?box=todo', { key: keys.manager });
    expect(todo.json).toMatchObject({ total: 1, data: [{ id: task.id, instanceId: instance, workflowKey: 'review', recordId: order }] });
    expect((await callRoute(tasksRoute.GET, 'GET', '/api/v1/tasks?box=todo', { key: keys.clerk })).json.total).toBe(0);
    expect((await callRoute(tasksRoute.GET, 'GET', '/api/v1/tasks?box=nope', { key: keys.clerk })).status).toBe(422);
    expect((await callRoute(countsRoute.GET, 'GET', '/x', { key: keys.manager })).json).toMatchObject({ todo: 1, done: 0, unreadNotifications: 1 });
    expect((await callRoute(notificationsRoute.GET, 'GET', '/x', { key: keys.manager })).json.data[0]).toMatchObject({ kind: 'task', link: `/inbox/${task.id}` });

    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await callRoute(taskRoute.GET, 'GET', '/x', { key: keys.manager, params: { id: unknown } })).status).toBe(404);
    expect((await callRoute(taskRoute.GET, 'GET', '/x', { key: keys.manager, params: { id: task.id } })).json.actions).toContain('approve');
    const params = { id: task.id, action: 'approve' };
    expect((await callRoute(actionRoute.POST, 'POST', '/x', { key: keys.clerk, params })).status).toBe(403);
    const approved = await callRoute(actionRoute.POST, 'POST', '/x', { key: keys.manager, params });
    expect(approved.status).toBe(200);
    expect(approved.json.instance.status).toBe('approved');
    const again = await callRoute(actionRoute.POST, 'POST', '/x', { key: keys.manager, params, body: { comment: 'again' } });
    expect(again.status).toBe(409);
    expect(again.json.error.code).toBe('conflict');
    expect((await callRoute(actionRoute.POST, 'POST', '/x', { key: keys.manager, params: { id: task.id, action: 'explode' } })).status).toBe(404);
  });
});
