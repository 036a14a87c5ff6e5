import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryOne, queryRows } from '../../db/sql';
import type { DbHandle } from '../../db/types';
import type { Actor } from '../../auth/actor';
import type { FieldDef } from '@/engine/metadata/field';
import { openTestDb, testDrivers } from '../../testing/test-db';
import { testActor } from '../../testing/test-actors';
import { createStockedProduct, publishOrderEntities } from '../../testing/fixtures';
import { createRecord } from '../create-record';
import { getRecord } from '../get-record';
import { getStudioDraft, listStudioVersions, saveStudioDraft } from './form-drafts';
import { publishStudioDraft, restoreStudioVersion } from './publish-studio';

const deliveryNote: FieldDef = { id: 'delivery_note', type: 'text', label: { 'zh-CN': '送货备注', en: 'Delivery note' } } as FieldDef;

describe.each(testDrivers())('studio drafts and versions on %s', (driver) => {
  let handle: DbHandle;
  let designer: Actor;
  let clerk: Actor;
  let orderIds: string[] = [];

  beforeAll(async () => {
    handle = await openTestDb(driver);
    await publishOrderEntities(handle.db);
    const admin = await testActor(handle.db, ['admin']);
    [designer, clerk] = await Promise.all([testActor(handle.db, ['designer']), testActor(handle.db, ['clerk'])]);
    const product = await createStockedProduct(handle.db, admin, { sku: 'ST-1', name: 'Studio tea', unit_price: '12.00' }, 1000);
    const customer = (await createRecord(handle.db, clerk, 'customers', { name: 'Studio customer' })).id;
    orderIds = [];
    for (let i = 0; i < 20; i += 1) orderIds.push((await createRecord(handle.db, clerk, 'orders', { customer, lines: [{ product, qty: 1 + i }] })).id);
    // The rest of 2,000 open orders straight in SQL: the point is the data a publish must not touch.
    await handle.db.execute(sql`insert into e_orders (order_no, customer, status, total_amount)
      select 'BULK-' || g, ${customer}, 'pending_payment', 10.00 from generate_series(1, 1980) g`);
  });
  afterAll(() => handle?.close());

  const snapshotOrders = async () => queryRows(handle.db, sql`select id, version, total_amount::text, status from e_orders order by id`);

  it('refuses the studio to people without the designer permission', async () => {
    await expect(getStudioDraft(handle.db, clerk, 'orders')).rejects.toMatchObject({ status: 403 });
  });

  it('publishes a new field from a draft: column added, existing orders untouched and still open', async () => {
    const before = await snapshotOrders();
    expect(before).toHaveLength(2000);
    const draft = await getStudioDraft(handle.db, designer, 'orders');
    expect(draft.savedAt).toBeNull();
    const entity = { ...draft.entity, fields: [...draft.entity.fields, deliveryNote] };
    const form = { ...draft.form, sections: [{ ...draft.form.sections[0], fields: [...draft.form.sections[0].fields, 'delivery_note'] }] };
    await saveStudioDraft(handle.db, designer, 'orders', { entity, form });
    expect(await queryOne(handle.db, sql`select to_regclass('e_orders') is not null as ok`)).toEqual({ ok: true });
    const published = await publishStudioDraft(handle.db, designer, 'orders');
    expect(published.version).toBe(1);
    expect(await snapshotOrders()).toEqual(before);
    expect(before.every((order) => (order as { status: string }).status === 'pending_payment')).toBe(true);
    const order = await getRecord(handle.db, clerk, 'orders', orderIds[0]);
    expect(order).toMatchObject({ delivery_note: null, status: 'pending_payment' });
  });

  it('hides a removed field, keeps its data, and brings it back on restoring the older version', async () => {
    await handle.db.execute(sql`update e_orders set delivery_note = 'leave at the door' where id = ${orderIds[1]}`);
    const draft = await getStudioDraft(handle.db, designer, 'orders');
    const entity = { ...draft.entity, fields: draft.entity.fields.map((field) => (field.id === 'delivery_note' ? { ...field, removed: true } : field)) };
    await saveStudioDraft(handle.db, designer, 'orders', { entity, form: draft.form });
    await publishStudioDraft(handle.db, designer, 'orders');
    expect(await getRecord(handle.db, clerk, 'orders', orderIds[1])).not.toHaveProperty('delivery_note');

    expect((await listStudioVersions(handle.db, designer, 'orders')).map((v) => v.version)).toEqual([2, 1]);
    await restoreStudioVersion(handle.db, designer, 'orders', 1);
    await publishStudioDraft(handle.db, designer, 'orders');
    expect((await getRecord(handle.db, clerk, 'orders', orderIds[1])).delivery_note).toBe('leave at the door');
  });

  it('refuses a type change with the reason and publishes nothing', async () => {
    const draft = await getStudioDraft(handle.db, designer, 'orders');
    const entity = { ...draft.entity, fields: draft.entity.fields.map((field) => (field.id === 'delivery_note' ? { ...field, type: 'boolean' } : field)) };
    await saveStudioDraft(handle.db, designer, 'orders', { entity, form: draft.form });
    await expect(publishStudioDraft(handle.db, designer, 'orders')).rejects.toMatchObject({ status: 422, message: expect.stringContaining('cannot change type') });
    expect((await listStudioVersions(handle.db, designer, 'orders'))[0].version).toBe(3);
  });
});
