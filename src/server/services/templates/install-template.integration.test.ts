import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryOne, queryRows } from '../../db/sql';
import { definitions } from '../../db/schema';
import type { DbHandle } from '../../db/types';
import type { Actor } from '../../auth/actor';
import { AppError } from '../../errors';
import { openTestDb, testDrivers } from '../../testing/test-db';
import { testActor } from '../../testing/test-actors';
import { createRecord } from '../create-record';
import { loadRegistry } from '../entity-registry';
import { publishEntities } from '../publish-entities';
import { installPackage, installTemplate } from './install-template';
import { loadTemplate } from './load-template';

const count = async (handle: DbHandle, table: string) =>
  Number((await queryOne<{ n: string }>(handle.db, sql`select count(*)::text as n from ${sql.identifier(table)}`))!.n);
const tableExists = async (handle: DbHandle, table: string) =>
  (await queryOne<{ name: string | null }>(handle.db, sql`select to_regclass(${table})::text as name`))!.name !== null;

describe.each(testDrivers())('template install on %s', (driver) => {
  let handle: DbHandle;
  let admin: Actor;

  beforeEach(async () => {
    handle = await openTestDb(driver);
    admin = await testActor(handle.db, ['admin']);
  });
  afterEach(() => handle?.close());

  it('installs in one step with sample data, then answers up to date', async () => {
    const report = await installTemplate(handle.db, admin, 'order-management', { sampleData: true });
    expect(report).toMatchObject({ status: 'installed', version: '1.2.0', seeded: { customers: 50, products: 100, stock: 100 } });
    expect(await count(handle, 'e_stock_movements')).toBeGreaterThan(80);
    const again = await installTemplate(handle.db, admin, 'order-management', { sampleData: true });
    expect(again.status).toBe('up_to_date');
    expect(await count(handle, 'e_customers')).toBe(50);
    const clerk = await queryOne<{ permissions: { entities: Record<string, string[]> } }>(handle.db, sql`select permissions from roles where key = 'clerk'`);
    expect(clerk!.permissions.entities.orders).toEqual(expect.arrayContaining(['create', 'read', 'update']));
  });

  it('refuses non-admins', async () => {
    const clerk = await testActor(handle.db, ['clerk']);
    await expect(installTemplate(handle.db, clerk, 'order-management')).rejects.toMatchObject({ status: 403 });
  });

  it('leaves nothing behind when any step fails', async () => {
    const pkg = loadTemplate('order-management');
    pkg.seed = [...pkg.seed, { entity: 'stock', records: [{ product: '@products:NO-SUCH-SKU', on_hand: 1 }] }];
    await expect(installPackage(handle.db, admin, pkg, { sampleData: true })).rejects.toBeInstanceOf(AppError);
    expect(await tableExists(handle, 'e_customers')).toBe(false);
    expect(await queryRows(handle.db, sql`select key from installed_templates`)).toEqual([]);
    expect((await loadRegistry(handle.db)).entities.size).toBe(0);
  });

  it('previews with a dry run and writes nothing', async () => {
    const preview = await installTemplate(handle.db, admin, 'order-management', { dryRun: true, sampleData: true });
    expect(preview).toMatchObject({ status: 'installed', dryRun: true });
    expect(preview.entities.find((entity) => entity.key === 'orders')?.added).toContain('total_amount');
    expect(await tableExists(handle, 'e_orders')).toBe(false);
  });

  it('upgrades to a new version keeping data, the fields business users added and the workflows designers changed', async () => {
    await installTemplate(handle.db, admin, 'order-management', { sampleData: true });
    const registry = await loadRegistry(handle.db);
    const customers = registry.get('customers')!;
    await publishEntities(handle.db, { entities: [{ ...customers, fields: [...customers.fields, { id: 'wechat', type: 'text', label: { 'zh-CN': '微信' } }] }] });
    const someone = await createRecord(handle.db, admin, 'customers', { name: 'Kept Ltd', wechat: 'kept88' });
    const shipped = loadTemplate('order-management');
    const timeout = shipped.workflows.find((workflow) => workflow.key === 'payment_timeout')!;
    // A designer republishes one workflow with their own name for it.
    await handle.db.insert(definitions).values({ kind: 'workflow', key: timeout.key, version: 2, status: 'published', json: { ...timeout, name: { 'zh-CN': '我们的超时关闭' } } });

    const next = loadTemplate('order-management');
    next.manifest.version = '1.3.0';
    next.workflows = next.workflows.map((workflow) => ({ ...workflow, name: { ...workflow.name, en: `${workflow.name.en} (new)` } }));
    next.workflows = next.workflows.map((workflow) => (workflow.key === 'order_approval' ? shipped.workflows.find((one) => one.key === workflow.key)! : workflow));
    next.entities = next.entities.map((entity) =>
      entity.key === 'customers' ? { ...entity, fields: [...entity.fields, { id: 'tax_no', type: 'text' as const, label: { 'zh-CN': '税号' } }] } : entity,
    );
    const report = await installPackage(handle.db, admin, next);
    expect(report).toMatchObject({ status: 'upgraded', fromVersion: '1.2.0', version: '1.3.0' });
    expect(report.workflows).toEqual([
      { key: 'order_approval', outcome: 'unchanged', version: 1 },
      { key: 'payment_timeout', outcome: 'kept', version: 2 },
      { key: 'order_confirmation', outcome: 'publish', version: 2 },
      { key: 'low_stock_alert', outcome: 'publish', version: 2 },
    ]);
    expect(report.entities.find((entity) => entity.key === 'customers')).toMatchObject({ added: ['tax_no'], kept: ['wechat'], conflicts: [] });
    const row = await queryOne<Record<string, unknown>>(handle.db, sql`select name, wechat, tax_no from e_customers where id = ${someone.id}`);
    expect(row).toEqual({ name: 'Kept Ltd', wechat: 'kept88', tax_no: null });
    expect(await count(handle, 'e_customers')).toBe(51);
  });
});
