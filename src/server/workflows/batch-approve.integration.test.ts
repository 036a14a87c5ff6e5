import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../db/types';
import type { Actor } from '../auth/actor';
import { createRecord } from '../services/create-record';
import { createStockedProduct } from '../testing/fixtures';
import { testActor } from '../testing/test-actors';
import { openTestDb, testDrivers } from '../testing/test-db';
import { batchApprove } from './batch-approve';
import { approval, node, pendingTasks, publishOrdersWithApproval, publishWorkflowDoc, startOn, workflowDoc } from './workflow-test-kit';

describe.each(testDrivers())('batch approve on %s', (driver) => {
  let handle: DbHandle;
  let manager: Actor;
  let clerk: Actor;
  let plainTask: string;
  let commentTask: string;
  let commentInstance: string;

  beforeAll(async () => {
    handle = await openTestDb(driver);
    const db = handle.db;
    await publishOrdersWithApproval(db);
    const admin = await testActor(db, ['admin']);
    clerk = await testActor(db, ['clerk']);
    manager = await testActor(db, ['manager']);
    const customer = (await createRecord(db, admin, 'customers', { name: 'Batch Buyer' })).id;
    const product = await createStockedProduct(db, admin, { sku: 'BATCH-1', name: 'Batch', unit_price: '10.00' }, 1000);
    const order = async () => (await createRecord(db, clerk, 'orders', { customer, lines: [{ product, qty: 1 }] })).id;
    const approvers = [{ kind: 'user', ids: [manager.id] }];
    await publishWorkflowDoc(db, admin, workflowDoc('plain', [node('start', 'start'), approval('review', { approvers }), node('end', 'end')]));
    await publishWorkflowDoc(db, admin, workflowDoc('with_comment', [node('start', 'start'), approval('review', { approvers, commentRequired: { approve: true } }), node('end', 'end')]));
    [{ id: plainTask }] = await pendingTasks(db, await startOn(db, clerk, 'plain', await order()));
    commentInstance = await startOn(db, clerk, 'with_comment', await order());
    [{ id: commentTask }] = await pendingTasks(db, commentInstance);
  });
  afterAll(() => handle?.close());

  it('approves what it can and says why not for each other task, by code, reason and in both languages', async () => {
    const missing = randomUUID();
    const results = await batchApprove(handle.db, manager, { ids: [plainTask, commentTask, missing], action: 'approve' });
    expect(results[0]).toEqual({ id: plainTask, ok: true });
    // The engine's refusal keeps its own code and words.
    expect(results[1]).toEqual({
      id: commentTask,
      ok: false,
      error: { code: 'validation_failed', message: 'A comment is required', reason: 'comment_required', localized: { 'zh-CN': '请填写意见', en: 'A comment is required' } },
    });
    expect(results[2]).toEqual({ id: missing, ok: false, error: { code: 'not_found', message: `No task "${missing}"`, reason: 'not_found', localized: { 'zh-CN': '找不到该任务', en: `No task "${missing}"` } } });
    // The refused task stays open: its transaction rolled back on its own.
    expect((await pendingTasks(handle.db, commentInstance)).map((task) => task.id)).toEqual([commentTask]);
  });

  it('words the services’ English-only refusals in Chinese too', async () => {
    const [again] = await batchApprove(handle.db, manager, { ids: [plainTask], action: 'approve' });
    expect(again.error).toEqual({
      code: 'conflict',
      message: 'The task has already been handled, or the workflow has moved on',
      reason: 'conflict',
      localized: { 'zh-CN': '该任务已被处理，或流程已继续', en: 'The task has already been handled, or the workflow has moved on' },
    });
    const [notMine] = await batchApprove(handle.db, clerk, { ids: [commentTask], action: 'approve', comment: 'ok' });
    expect(notMine.error).toMatchObject({ code: 'forbidden', reason: 'forbidden', localized: { 'zh-CN': '该任务不是分配给您的' } });
    const [done] = await batchApprove(handle.db, manager, { ids: [commentTask], action: 'approve', comment: 'ok' });
    expect(done).toEqual({ id: commentTask, ok: true });
  });

});
