import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryOne, queryRows } from '../db/sql';
import type { DbHandle } from '../db/types';
import type { Actor } from '../auth/actor';
import { startWorker } from '../jobs';
import { createRecord } from '../services/create-record';
import { runAction } from '../services/run-action';
import { createStockedProduct } from '../testing/fixtures';
import { testActor } from '../testing/test-actors';
import { openTestDb, testDrivers } from '../testing/test-db';
import { fireTimer } from './fire-timer';
import { workflowHandlers } from './workflow-worker';
import { instanceRow, node, orderStatus, publishOrdersWithApproval, publishWorkflowDoc, reservedOf, startOn, workflowDoc } from './workflow-test-kit';

async function until(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe.each(testDrivers())('workflow timers on %s', (driver) => {
  let handle: DbHandle;
  let admin: Actor;
  let clerk: Actor;
  let financeUser: Actor;
  let customer: string;
  let product: string;

  beforeAll(async () => {
    handle = await openTestDb(driver);
    const db = handle.db;
    await publishOrdersWithApproval(db);
    admin = await testActor(db, ['admin']);
    clerk = await testActor(db, ['clerk']);
    financeUser = await testActor(db, ['finance']);
    customer = (await createRecord(db, admin, 'customers', { name: 'Timer Buyer' })).id;
    product = await createStockedProduct(db, admin, { sku: `TM-${driver}`, name: 'Timer', unit_price: '10.00' }, 100);
    await publishWorkflowDoc(db, admin, workflowDoc('wait_a_minute', [node('start', 'start'), node('wait', 'timer', { timer: { wait: { kind: 'after', duration: { minutes: 1 } } } }), node('end', 'end')]));
    // Issue 5 (b): unpaid past payment_due_at → closed, stock released.
    await publishWorkflowDoc(
      db,
      admin,
      workflowDoc('payment_timeout', [
        node('start', 'start'),
        node('due', 'timer', { timer: { wait: { kind: 'at_field', field: 'payment_due_at' } } }),
        node('close', 'action', { action: { kind: 'run_state_action', action: 'close' } }),
        node('end', 'end'),
      ]),
    );
  });
  afterAll(() => handle?.close());

  const newOrder = async () => (await createRecord(handle.db, clerk, 'orders', { customer, lines: [{ product, qty: 2 }] })).id;

  it('a timer that came due while no worker ran fires exactly once after one starts', async () => {
    const instance = await startOn(handle.db, clerk, 'wait_a_minute', await newOrder());
    const key = `${instance}:${(await instanceRow(handle.db, instance)).state.timers[0].id}`;
    // The server was down when it came due.
    await handle.db.execute(sql`update jobs set run_at = now() - interval '1 hour' where queue = 'workflow-timer' and key = ${key}`);
    for (let restart = 0; restart < 2; restart += 1) {
      const worker = startWorker(handle, { handlers: workflowHandlers(handle), pollMs: 20 });
      await until(async () => (await queryOne<{ status: string }>(handle.db, sql`select status from jobs where queue = 'workflow-timer' and key = ${key}`))?.status === 'done');
      await worker.stop();
    }
    const row = await instanceRow(handle.db, instance);
    expect(row.status).toBe('approved');
    expect(row.state.history.filter((entry) => entry.action === 'timer_fired')).toHaveLength(1);
  });

  it('closes an unpaid order at its payment deadline and releases its stock', async () => {
    const order = await newOrder();
    const reserved = await reservedOf(handle.db, product);
    const instance = await startOn(handle.db, clerk, 'payment_timeout', order);
    const [job] = await queryRows<{ run_at: string }>(handle.db, sql`select run_at from jobs where queue = 'workflow-timer' and key like ${`${instance}:%`}`);
    const [{ payment_due_at }] = await queryRows<{ payment_due_at: string }>(handle.db, sql`select payment_due_at from e_orders where id = ${order}`);
    expect(new Date(job.run_at).getTime()).toBe(new Date(payment_due_at).getTime());
    await fireTimer(handle.db, { instanceId: instance, timerId: (await instanceRow(handle.db, instance)).state.timers[0].id });
    expect(await orderStatus(handle.db, order)).toBe('closed');
    expect(await reservedOf(handle.db, product)).toBe(reserved - 2);
  });

  it('an order paid just before its payment timer fires stays paid', async () => {
    const order = await newOrder();
    const instance = await startOn(handle.db, clerk, 'payment_timeout', order);
    const timer = (await instanceRow(handle.db, instance)).state.timers[0];
    await runAction(handle.db, { actor: financeUser }, 'orders', order, 'pay');
    await fireTimer(handle.db, { instanceId: instance, timerId: timer.id });
    expect(await orderStatus(handle.db, order)).toBe('paid');
    const row = await instanceRow(handle.db, instance);
    expect(row.state.history).toContainEqual(expect.objectContaining({ action: 'note', nodeKey: 'close', detail: { stateAction: 'close', skipped: 'state_not_allowed' } }));
    // Firing the same timer again (a retried job) changes nothing.
    await fireTimer(handle.db, { instanceId: instance, timerId: timer.id });
    expect((await instanceRow(handle.db, instance)).version).toBe(row.version);
  });
});
