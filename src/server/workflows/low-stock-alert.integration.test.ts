import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryOne, queryRows } from '../db/sql';
import type { DbHandle } from '../db/types';
import type { Actor } from '../auth/actor';
import { createRecord } from '../services/create-record';
import { getRecord } from '../services/get-record';
import { runAction } from '../services/run-action';
import { updateRecord } from '../services/update-record';
import { installTemplate } from '../services/templates/install-template';
import { createStockedProduct } from '../testing/fixtures';
import { testActor } from '../testing/test-actors';
import { openTestDb, testDrivers } from '../testing/test-db';
import { label, node, publishWorkflowDoc, workflowDoc } from './workflow-test-kit';

// The order template's low-stock alert: only the order that takes availability below the
// product's threshold notifies purchasing, once, in the order's own transaction.
describe.each(testDrivers())('low-stock alert on %s', (driver) => {
  let handle: DbHandle;
  let clerk: Actor;
  let buyers: Actor[];
  let customer: string;

  beforeAll(async () => {
    handle = await openTestDb(driver);
    const admin = await testActor(handle.db, ['admin']);
    await installTemplate(handle.db, admin, 'order-management');
    clerk = await testActor(handle.db, ['clerk']);
    buyers = [await testActor(handle.db, ['purchasing']), await testActor(handle.db, ['purchasing'])];
    customer = (await createRecord(handle.db, admin, 'customers', { name: 'Stock Buyer' })).id;
  });
  afterAll(() => handle?.close());

  let seq = 0;
  const product = async (threshold: number, onHand: number) => {
    const admin = await testActor(handle.db, ['admin']);
    return createStockedProduct(handle.db, admin, { sku: `LS-${driver}-${++seq}`, name: `Cup ${seq}`, unit_price: '10.00', low_stock_threshold: threshold }, onHand);
  };
  const order = (productId: string, qty: number) => createRecord(handle.db, clerk, 'orders', { customer, lines: [{ product: productId, qty }] });
  const alerts = (user: Actor) =>
    queryRows<{ body: Record<string, string>; link: string }>(handle.db, sql`select body, link from notifications where user_id = ${user.id} and body->>'en' like '%availability fell%' order by created_at`);
  const stockId = async (productId: string) => (await queryOne<{ id: string }>(handle.db, sql`select id from e_stock where product = ${productId}`))!.id;

  it('notifies every purchasing user once when an order takes availability below the threshold, and only then', async () => {
    const cups = await product(10, 15);
    await order(cups, 3); // 15 → 12: still at or above 10
    for (const buyer of buyers) expect(await alerts(buyer)).toEqual([]);

    await order(cups, 4); // 12 → 8: the crossing
    const stock = await stockId(cups);
    for (const buyer of buyers) {
      expect(await alerts(buyer)).toEqual([
        {
          body: {
            'zh-CN': `Cup ${seq} 的可用库存降至 8（在库 15，已预留 7），已低于该产品的低库存阈值，请及时补货。`,
            en: `Cup ${seq}: availability fell to 8 (on hand 15, reserved 7), below the product's low-stock threshold; please restock.`,
          },
          link: expect.stringContaining(stock),
        },
      ]);
    }
    expect(await alerts(clerk)).toEqual([]);

    await order(cups, 1); // 8 → 7: already below, no second alert
    expect(await alerts(buyers[0])).toHaveLength(1);
    const instances = await queryRows<{ status: string }>(handle.db, sql`select status from workflow_instances where workflow_key = 'low_stock_alert' and record_id = ${stock}`);
    expect(instances).toEqual([{ status: 'approved' }]);
  });

  it('counts a crossing again after a cancelled order lifts availability back, but not the cancel itself', async () => {
    const pots = await product(10, 12);
    const before = (await alerts(buyers[1])).length;
    const first = await order(pots, 5); // 12 → 7
    expect(await alerts(buyers[1])).toHaveLength(before + 1);
    await runAction(handle.db, { actor: clerk }, 'orders', first.id, 'cancel'); // 7 → 12
    expect(await alerts(buyers[1])).toHaveLength(before + 1);
    await order(pots, 3); // 12 → 9
    expect(await alerts(buyers[1])).toHaveLength(before + 2);
  });

  it('alerts when stock corrected by hand falls below the threshold, once, and not on a correction upwards', async () => {
    const admin = await testActor(handle.db, ['admin']);
    const jugs = await product(10, 15);
    const before = (await alerts(buyers[0])).length;
    const edit = async (onHand: number) => {
      const stock = await getRecord(handle.db, admin, 'stock', await stockId(jugs));
      await updateRecord(handle.db, admin, 'stock', stock.id, stock.version, { on_hand: onHand });
    };
    await edit(12); // 15 → 12: still at or above 10
    expect(await alerts(buyers[0])).toHaveLength(before);
    await edit(8); // 12 → 8: counted short, below the threshold
    const notes = await alerts(buyers[0]);
    expect(notes).toHaveLength(before + 1);
    expect(notes.at(-1)!.body.en).toContain('availability fell to 8');
    await edit(6); // already below
    await edit(20); // restocked: upwards never alerts
    expect(await alerts(buyers[0])).toHaveLength(before + 1);
    await edit(9); // 20 → 9: a new crossing
    expect(await alerts(buyers[0])).toHaveLength(before + 2);
  });

  it('alerts once when racing orders together cross the threshold', async () => {
    const bowls = await product(10, 12);
    const before = (await alerts(buyers[0])).length;
    await Promise.all([order(bowls, 3), order(bowls, 3)]); // 12 → 9 → 6, in whichever order they lock
    expect(await alerts(buyers[0])).toHaveLength(before + 1);
  });

  it('leaves no alert behind when the order that crossed rolls back', async () => {
    const trays = await product(10, 11);
    const before = (await alerts(buyers[0])).length;
    await expect(
      handle.db.transaction(async (tx) => {
        await createRecord(tx, clerk, 'orders', { customer, lines: [{ product: trays, qty: 5 }] });
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await alerts(buyers[0])).toHaveLength(before);
    const stock = await queryOne<{ reserved: number }>(handle.db, sql`select reserved from e_stock where product = ${trays}`);
    expect(Number(stock!.reserved)).toBe(0);
    expect(await queryRows(handle.db, sql`select id from workflow_instances where workflow_key = 'low_stock_alert' and record_id = ${await stockId(trays)}`)).toEqual([]);
    await order(trays, 5); // the same order, committed this time
    expect(await alerts(buyers[0])).toHaveLength(before + 1);
  });

  it('watches a constant threshold too, and starts each watching workflow', async () => {
    const designer = await testActor(handle.db, ['admin']);
    const tell = node('tell', 'action', { action: { kind: 'notify', to: [{ kind: 'initiator' }], message: label('只剩 {{available}}', 'Only {{available}} left') } });
    const trigger = { kind: 'threshold_crossed', field: 'available', below: 3 };
    await publishWorkflowDoc(handle.db, designer, workflowDoc('stock_below_three', [node('start', 'start'), tell, node('end', 'end')], { entity: 'stock', trigger }));
    const mugs = await product(10, 12);
    await order(mugs, 3); // 12 → 9: the template's alert only
    await order(mugs, 7); // 9 → 2: below 3 now, already below 10
    const notes = await queryRows<{ en: string }>(handle.db, sql`select body->>'en' as en from notifications where user_id = ${clerk.id} and body->>'en' like 'Only%'`);
    expect(notes).toEqual([{ en: 'Only 2 left' }]);
    const stock = await stockId(mugs);
    const started = await queryRows<{ workflow_key: string }>(handle.db, sql`select workflow_key from workflow_instances where record_id = ${stock} order by workflow_key`);
    expect(started).toEqual([{ workflow_key: 'low_stock_alert' }, { workflow_key: 'stock_below_three' }]);
  });
});
