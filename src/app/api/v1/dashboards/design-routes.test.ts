import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as listRoute from '@/app/api/v1/dashboards/route';
import * as dashboardRoute from '@/app/api/v1/dashboards/[key]/route';
import * as draftRoute from '@/app/api/v1/dashboards/[key]/draft/route';
import * as publishRoute from '@/app/api/v1/dashboards/[key]/publish/route';
import * as versionsRoute from '@/app/api/v1/dashboards/[key]/versions/route';
import * as previewRoute from '@/app/api/v1/dashboards/preview/route';
import { sql } from 'drizzle-orm';
import { noDashboardFilters, type Widget } from '@/engine/dashboard';
import type { DbHandle } from '@/server/db/types';
import { createApiKey } from '@/server/auth/api-keys';
import { loadActor } from '@/server/auth/load-actor';
import { createUser } from '@/server/bootstrap/users';
import { queryRows } from '@/server/db/sql';
import { loadRegistry } from '@/server/services/entity-registry';
import { installTemplate } from '@/server/services/templates/install-template';
import { callRoute, serveRoutesFrom } from '@/server/testing/route-harness';
import { openTestDb, testDrivers } from '@/server/testing/test-db';
import { testActor } from '@/server/testing/test-actors';
import { runWidget } from '@/server/dashboards';

const label = (text: string) => ({ 'zh-CN': text, en: text });
const byStatus: Widget = {
  key: 'by_status',
  title: label('Orders by status'),
  position: { x: 0, y: 0, w: 12, h: 8 },
  dataset: { entity: 'orders', measures: [{ key: 'orders', label: label('Orders'), op: 'count' }], dimensions: [{ key: 'status', field: 'status' }], relationFilters: [], sort: [] },
  visual: { type: 'bar' },
};
const byRegion: Widget = { ...byStatus, key: 'by_region', dataset: { ...byStatus.dataset, entity: 'customers', dimensions: [{ key: 'region', field: 'region' }] } };

describe.each(testDrivers())('dashboard designer API (%s)', (driver) => {
  let handle: DbHandle;
  const keys: Record<string, string> = {};
  const as = (user: string, handler: Parameters<typeof callRoute>[0], method: string, options: { params?: Record<string, string>; body?: unknown } = {}) =>
    callRoute(handler, method, '/x', { key: keys[user], ...options });

  beforeAll(async () => {
    handle = await openTestDb(driver);
    serveRoutesFrom(handle);
    const admin = await testActor(handle.db, ['admin']);
    await installTemplate(handle.db, admin, 'order-management', { sampleData: true });
    for (const role of ['designer', 'clerk', 'manager']) {
      await createUser(handle.db, { username: `dd_${role}`, password: 'password1', roles: [role] });
      keys[role] = (await createApiKey(handle.db, { username: `dd_${role}`, name: role })).key;
    }
  });
  afterAll(() => handle?.close());

  it('creates a draft, saves it, refuses to publish unknown fields, publishes and lists versions', async () => {
    const params = { key: 'ops-board' };
    expect((await as('clerk', listRoute.POST, 'POST', { body: { key: 'ops-board', name: label('Ops') } })).status).toBe(403);
    const bad = await as('designer', listRoute.POST, 'POST', { body: { key: 'Bad Key', name: label('Ops') } });
    expect(bad.status).toBe(422);
    expect(bad.json.error.code).toBe('validation_failed');
    expect((await as('designer', listRoute.POST, 'POST', { body: { key: 'preview', name: label('P') } })).status).toBe(422);
    const created = await as('designer', listRoute.POST, 'POST', { body: { key: 'ops-board', name: label('Ops'), roles: ['manager'] } });
    expect(created.status).toBe(201);
    expect(created.json.draft).toMatchObject({ key: 'ops-board', roles: ['manager'], widgets: [] });
    expect((await as('designer', listRoute.POST, 'POST', { body: { key: 'ops-board', name: label('Ops') } })).status).toBe(409);

    const broken = { ...byStatus, key: 'broken', title: label('Broken'), dataset: { ...byStatus.dataset, dimensions: [{ key: 'nope', field: 'no_such_field' }] } };
    const saved = await as('designer', draftRoute.PUT, 'PUT', { params, body: { ...created.json.draft, widgets: [byStatus, broken] } });
    expect(saved.status).toBe(200);
    expect(saved.json.problems).toEqual([expect.objectContaining({ widgetKey: 'broken', code: 'unknown_field' })]);
    expect((await as('designer', draftRoute.PUT, 'PUT', { params, body: { ...created.json.draft, widgets: 'x' } })).status).toBe(422);
    expect((await as('designer', draftRoute.PUT, 'PUT', { params, body: { ...created.json.draft, key: 'other' } })).status).toBe(422);
    expect((await as('clerk', draftRoute.PUT, 'PUT', { params, body: created.json.draft })).status).toBe(403);
    const reopened = await as('designer', draftRoute.GET, 'GET', { params });
    expect(reopened.json).toMatchObject({ hasDraft: true, publishedVersion: null, draft: { widgets: [{ key: 'by_status' }, { key: 'broken' }] } });

    const refused = await as('designer', publishRoute.POST, 'POST', { params });
    expect(refused.status).toBe(422);
    expect(refused.json.error.code).toBe('validation_failed');
    expect(refused.json.error.details.problems).toEqual([expect.objectContaining({ widgetKey: 'broken', message: expect.objectContaining({ en: expect.stringContaining('"Broken"') }) })]);
    expect((await as('clerk', publishRoute.POST, 'POST', { params })).status).toBe(403);

    await as('designer', draftRoute.PUT, 'PUT', { params, body: { ...created.json.draft, widgets: [byStatus] } });
    const published = await as('designer', publishRoute.POST, 'POST', { params });
    expect(published.status).toBe(200);
    expect(published.json).toEqual({ version: 1 });
    expect((await as('designer', publishRoute.POST, 'POST', { params })).status).toBe(404);
    const viewed = await as('manager', dashboardRoute.GET, 'GET', { params });
    expect(viewed.status).toBe(200);
    expect(viewed.json.data.widgets.map((widget: Widget) => widget.key)).toEqual(['by_status']);
    expect((await as('clerk', dashboardRoute.GET, 'GET', { params })).status).toBe(403);

    const versions = await as('designer', versionsRoute.GET, 'GET', { params });
    expect(versions.status).toBe(200);
    expect(versions.json.data).toEqual([expect.objectContaining({ version: 1, widgetCount: 1, author: expect.objectContaining({ name: expect.any(String) }) })]);
    expect((await as('designer', versionsRoute.GET, 'GET', { params: { key: 'nope' } })).status).toBe(404);
    expect((await as('clerk', versionsRoute.GET, 'GET', { params })).status).toBe(403);
    expect((await as('designer', draftRoute.GET, 'GET', { params })).json).toMatchObject({ hasDraft: false, publishedVersion: 1 });
  });

  it('previews one unsaved widget with exactly what runWidget gives', async () => {
    const preview = await as('designer', previewRoute.POST, 'POST', { body: { widget: byRegion } });
    expect(preview.status).toBe(200);
    const designer = (await loadActor(handle.db, (await createUser(handle.db, { username: 'dd_direct', password: 'password1', roles: ['designer'] })).id))!;
    const direct = await runWidget(handle.db, designer, await loadRegistry(handle.db), byRegion, noDashboardFilters('Asia/Shanghai'));
    expect(preview.json.data).toEqual(JSON.parse(JSON.stringify(direct)));
    const counted = await queryRows<{ region: string | null; n: number }>(handle.db, sql`select region, count(*)::int as n from e_customers group by region`);
    expect(counted.length).toBeGreaterThan(0);
    expect(preview.json.data.rows).toEqual(expect.arrayContaining(counted.map((row) => ({ region: row.region, orders: row.n }))));
    expect(preview.json.data.rows).toHaveLength(counted.length);

    const unknown = await as('designer', previewRoute.POST, 'POST', { body: { widget: { ...byRegion, dataset: { ...byRegion.dataset, measures: [{ key: 's', label: label('s'), op: 'sum', field: 'nope' }] } } } });
    expect(unknown.status).toBe(422);
    expect(unknown.json.error.details.problems[0]).toMatchObject({ widgetKey: 'by_region' });
    expect((await as('designer', previewRoute.POST, 'POST', { body: { widget: { key: 'x' } } })).status).toBe(400);
    expect((await as('designer', previewRoute.POST, 'POST', { body: { widget: byRegion, input: { range: { preset: 'yesterday' } } } })).status).toBe(400);
    expect((await as('clerk', previewRoute.POST, 'POST', { body: { widget: byRegion } })).status).toBe(403);
  });
});
