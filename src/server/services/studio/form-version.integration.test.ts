import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { RecordDto } from '@/engine/contract/api-types';
import { queryOne } from '../../db/sql';
import { migrateHandle } from '../../db/migrate';
import type { DbHandle } from '../../db/types';
import type { Actor } from '../../auth/actor';
import { openTestDb } from '../../testing/test-db';
import { testActor } from '../../testing/test-actors';
import { createStockedProduct, publishOrderEntities } from '../../testing/fixtures';
import { createRecord } from '../create-record';
import { getRecord } from '../get-record';
import { listRecords } from '../list-records';
import { updateRecord } from '../update-record';
import { getStudioDraft, saveStudioDraft } from './form-drafts';
import { publishStudioDraft } from './publish-studio';

const lineVersions = (order: RecordDto) => (order.lines as RecordDto[]).map((line) => line._formVersion);

describe('records remember the form version they were saved with', () => {
  let handle: DbHandle;
  let clerk: Actor;
  let designer: Actor;
  let product: string;
  let customer: string;

  const publishRelabelled = async (text: string) => {
    const draft = await getStudioDraft(handle.db, designer, 'orders');
    const fields = draft.entity.fields.map((field) => (field.id === 'notes' ? { ...field, label: { 'zh-CN': text } } : field));
    await saveStudioDraft(handle.db, designer, 'orders', { ...draft, entity: { ...draft.entity, fields } });
    return (await publishStudioDraft(handle.db, designer, 'orders')).version;
  };
  const newOrder = () => createRecord(handle.db, clerk, 'orders', { customer, lines: [{ product, qty: 1 }] });

  beforeAll(async () => {
    handle = await openTestDb('pglite');
    await publishOrderEntities(handle.db);
    const admin = await testActor(handle.db, ['admin']);
    [clerk, designer] = await Promise.all([testActor(handle.db, ['clerk']), testActor(handle.db, ['designer'])]);
    product = await createStockedProduct(handle.db, admin, { sku: 'FV-1', name: 'Version tea', unit_price: '3.00' }, 100);
    customer = (await createRecord(handle.db, clerk, 'customers', { name: 'Version customer' })).id;
  });
  afterAll(() => handle?.close());

  it('is null before the first studio version, then the published version on create and update', async () => {
    const before = await newOrder();
    expect(before._formVersion).toBeNull();
    expect(lineVersions(before)).toEqual([null]);

    expect(await publishRelabelled('备注 1')).toBe(1);
    const created = await newOrder();
    expect(created._formVersion).toBe(1);
    expect(lineVersions(created)).toEqual([1]);
    expect((await getRecord(handle.db, clerk, 'orders', before.id))._formVersion).toBeNull();

    expect(await publishRelabelled('备注 2')).toBe(2);
    const updated = await updateRecord(handle.db, clerk, 'orders', created.id, created.version, { notes: 'ring twice' });
    expect(updated._formVersion).toBe(2);
    // The lines were not written again, so they still tell the version they were saved with.
    expect(lineVersions(updated)).toEqual([1]);
    const page = await listRecords(handle.db, clerk, 'orders', {});
    const listed = new Map(page.data.map((order) => [order.id, order._formVersion]));
    expect([listed.get(before.id), listed.get(created.id)]).toEqual([null, 2]);
    expect((await queryOne(handle.db, sql`select form_version from e_orders where id = ${created.id}`))?.form_version).toBe(2);
  });

  it('adds the column to tables that predate it on the next start, keeping the current version as default', async () => {
    await handle.db.execute(sql`alter table e_orders drop column form_version`);
    await migrateHandle(handle);
    await migrateHandle(handle);
    expect((await newOrder())._formVersion).toBe(2);
  });
});
