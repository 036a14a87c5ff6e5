import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../db/sql';
import type { DbHandle } from '../db/types';
import type { Actor } from '../auth/actor';
import { createRecord } from '../services/create-record';
import { runAction } from '../services/run-action';
import { installTemplate } from '../services/templates/install-template';
import { createStockedProduct } from '../testing/fixtures';
import { testActor } from '../testing/test-actors';
import { openTestDb, testDrivers } from '../testing/test-db';
import { orderStatus } from './workflow-test-kit';

type InstanceRow = { workflow_key: string; status: string };

// The order template's own workflows, as an admin installs them in one click.
describe.each(testDrivers())('order template workflows on %s', (driver) => {
  let handle: DbHandle;
  let clerk: Actor;
  let manager: Actor;
  let customer: string;
  let product: string;

  beforeAll(async () => {
    handle = await openTestDb(driver);
    const admin = await testActor(handle.db, ['admin']);
    await installTemplate(handle.db, admin, 'order-management');
    [clerk, manager] = await Promise.all([testActor(handle.db, ['clerk']), testActor(handle.db, ['manager'])]);
    customer = (await createRecord(handle.db, admin, 'customers', { name: 'Template Buyer' })).id;
    product = await createStockedProduct(handle.db, admin, { sku: `TW-${driver}`, name: 'Teapot', unit_price: '1000.00' }, 1000);
  });
  afterAll(() => handle?.close());

  const instancesOf = (orderId: string) =>
    queryRows<InstanceRow>(handle.db, sql`select workflow_key, status from workflow_instances where record_id = ${orderId} order by workflow_key`);

  it('confirms a new order to the clerk and starts its payment timer', async () => {
    const order = await createRecord(handle.db, clerk, 'orders', { customer, lines: [{ product, qty: 1 }] });
    expect(await instancesOf(order.id)).toEqual([
      { workflow_key: 'order_confirmation', status: 'approved' },
      { workflow_key: 'payment_timeout', status: 'running' },
    ]);
    const notes = await queryRows<{ body: Record<string, string> | null }>(handle.db, sql`select body from notifications where user_id = ${clerk.id}`);
    expect(notes.map((note) => note.body?.en)).toContainEqual(`Order ${order.order_no} was created, total ${order.total_amount}`);
    const timers = await queryRows<{ run_at: Date }>(handle.db, sql`select run_at from jobs where queue = 'workflow-timer' and payload->>'instanceId' in (select id::text from workflow_instances where record_id = ${order.id})`);
    expect(timers).toHaveLength(1);
    expect(new Date(timers[0].run_at).getTime()).toBe(new Date(String(order.payment_due_at)).getTime());
  });

  it('starts nothing for sample content or historical records', async () => {
    const sample = await createRecord(handle.db, clerk, 'orders', { customer, lines: [{ product, qty: 1 }] }, { workflows: false });
    const historical = await createRecord(handle.db, clerk, 'orders', { customer, status: 'completed', lines: [{ product, qty: 1 }] }, { reserveStock: false });
    expect(await instancesOf(sample.id)).toEqual([]);
    expect(await instancesOf(historical.id)).toEqual([]);
  });

  it('sends a submitted order of 12,000 to the sales managers and keeps it pending approval', async () => {
    const draft = await createRecord(handle.db, clerk, 'orders', { customer, status: 'draft', lines: [{ product, qty: 12 }] });
    await runAction(handle.db, { actor: clerk }, 'orders', draft.id, 'submit');
    expect(await orderStatus(handle.db, draft.id)).toBe('pending_approval');
    const tasks = await queryRows<{ assignee_id: string; node_key: string }>(
      handle.db,
      sql`select t.assignee_id, t.node_key from workflow_tasks t join workflow_instances i on i.id = t.instance_id where i.record_id = ${draft.id} and t.status = 'pending'`,
    );
    expect(tasks).toContainEqual({ assignee_id: manager.id, node_key: 'sales_manager' });
  });

  it('passes a small submitted order straight to pending payment, where its payment timer starts', async () => {
    const draft = await createRecord(handle.db, clerk, 'orders', { customer, status: 'draft', lines: [{ product, qty: 2 }] });
    await runAction(handle.db, { actor: clerk }, 'orders', draft.id, 'submit');
    expect(await orderStatus(handle.db, draft.id)).toBe('pending_payment');
    expect(await instancesOf(draft.id)).toEqual([
      { workflow_key: 'order_approval', status: 'approved' },
      { workflow_key: 'order_confirmation', status: 'approved' },
      { workflow_key: 'payment_timeout', status: 'running' },
    ]);
  });
});
