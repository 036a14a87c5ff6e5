import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as listRoute from '@/app/api/v1/dashboards/route';
import * as dashboardRoute from '@/app/api/v1/dashboards/[key]/route';
import * as dataRoute from '@/app/api/v1/dashboards/[key]/data/route';
import type { DbHandle } from '@/server/db/types';
import { definitions, roles } from '@/server/db/schema';
import { createApiKey } from '@/server/auth/api-keys';
import { createUser } from '@/server/bootstrap/users';
import { installTemplate } from '@/server/services/templates/install-template';
import { callRoute, serveRoutesFrom } from '@/server/testing/route-harness';
import { openTestDb } from '@/server/testing/test-db';
import { testActor } from '@/server/testing/test-actors';

const label = (text: string) => ({ 'zh-CN': text, en: text });

describe('dashboards API', () => {
  let handle: DbHandle;
  const keys: Record<string, string> = {};
  const get = (handler: Parameters<typeof callRoute>[0], user: string, params: Record<string, string> = {}, query = '') =>
    callRoute(handler, 'GET', `/x${query}`, { key: keys[user], params });

  beforeAll(async () => {
    handle = await openTestDb('pglite');
    serveRoutesFrom(handle);
    await installTemplate(handle.db, await testActor(handle.db, ['admin']), 'order-management');
    // A role that reads orders only, for a dashboard that lists no roles and so follows entity permissions.
    await handle.db.insert(roles).values({ key: 'orders_only', label: label('orders only'), permissions: { admin: false, design: false, entities: { orders: ['read'] } } });
    await handle.db.insert(definitions).values({
      kind: 'dashboard',
      key: 'stock-watch',
      version: 1,
      status: 'published',
      json: {
        schemaVersion: 1,
        key: 'stock-watch',
        name: label('Stock watch'),
        widgets: [{ key: 'n', title: label('n'), position: { x: 0, y: 0, w: 6, h: 4 }, dataset: { entity: 'stock', measures: [{ key: 'n', label: label('n'), op: 'count' }] }, visual: { type: 'kpi', compare: false } }],
      },
    });
    for (const role of ['manager', 'clerk', 'designer', 'orders_only']) {
      await createUser(handle.db, { username: `dash_${role}`, password: 'password1', roles: [role] });
      keys[role] = (await createApiKey(handle.db, { username: `dash_${role}`, name: role })).key;
    }
  });
  afterAll(() => handle?.close());

  it('lists the published dashboards each caller may open', async () => {
    const listed = async (user: string) => (await get(listRoute.GET, user)).json.data.map((entry: { key: string }) => entry.key);
    const manager = await get(listRoute.GET, 'manager');
    expect(manager.status).toBe(200);
    expect(manager.json.data[0]).toEqual({ key: 'sales-overview', name: { 'zh-CN': '销售概览', en: 'Sales overview' }, description: expect.any(Object), version: 1, widgetCount: 9 });
    expect(await listed('manager')).toEqual(['sales-overview', 'stock-watch']);
    expect(await listed('designer')).toEqual(['sales-overview', 'stock-watch']);
    // The sales dashboard is for managers and finance; stock-watch for whoever reads stock.
    expect(await listed('clerk')).toEqual(['stock-watch']);
    expect(await listed('orders_only')).toEqual([]);
  });

  it('returns the published definition, 403 to a role it is not for and 404 for an unknown key', async () => {
    const found = await get(dashboardRoute.GET, 'manager', { key: 'sales-overview' });
    expect(found.status).toBe(200);
    expect(found.json.data).toMatchObject({ schemaVersion: 1, key: 'sales-overview', roles: ['manager', 'finance'], filters: { dateRange: { default: { preset: 'last_30_days' } } } });
    expect(found.json.data.widgets).toHaveLength(9);
    const refused = await get(dashboardRoute.GET, 'clerk', { key: 'sales-overview' });
    expect(refused.status).toBe(403);
    expect(refused.json.error.code).toBe('forbidden');
    expect((await get(dashboardRoute.GET, 'orders_only', { key: 'stock-watch' })).status).toBe(403);
    expect((await get(dashboardRoute.GET, 'clerk', { key: 'stock-watch' })).status).toBe(200);
    const missing = await get(dashboardRoute.GET, 'manager', { key: 'nope' });
    expect(missing.status).toBe(404);
    expect(missing.json.error.code).toBe('not_found');
    expect((await callRoute(dashboardRoute.GET, 'GET', '/x', { params: { key: 'sales-overview' } })).status).toBe(401);
  });

  it('returns every widget\'s data for the default, a preset and a custom range', async () => {
    const data = await get(dataRoute.GET, 'manager', { key: 'sales-overview' });
    expect(data.status).toBe(200);
    expect(data.json.data.range.to).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(data.json.data.widgets).toHaveLength(9);
    expect(data.json.data.widgets.every((widget: { ok: boolean }) => widget.ok)).toBe(true);
    expect(data.json.data.widgets[0]).toMatchObject({ key: 'today_sales', ok: true, data: { key: 'today_sales', rows: [{ sales: '0.00' }], previous: { sales: '0.00' }, truncated: false } });
    const week = await get(dataRoute.GET, 'manager', { key: 'sales-overview' }, '?preset=last_7_days');
    expect(week.status).toBe(200);
    const custom = await get(dataRoute.GET, 'manager', { key: 'sales-overview' }, `?from=2026-03-01&to=2026-03-10&filters=${encodeURIComponent('{"region":["east","north"]}')}`);
    expect(custom.status).toBe(200);
    expect(custom.json.data.range).toEqual({ from: '2026-03-01', to: '2026-03-10' });
  });

  it('answers bad input with 400 in the error shape, and 403/404 as for the definition', async () => {
    const bad = async (query: string) => {
      const response = await get(dataRoute.GET, 'manager', { key: 'sales-overview' }, query);
      expect(response.status, query).toBe(400);
      expect(response.json.error, query).toMatchObject({ code: 'validation_failed', message: expect.any(String) });
    };
    await bad('?from=2026-13-01&to=2026-13-02');
    await bad('?from=2026-03-10&to=2026-03-01');
    await bad('?from=2026-03-10');
    await bad('?preset=yesterday');
    await bad('?preset=today&from=2026-03-01&to=2026-03-02');
    await bad('?filters=%7Bnot%20json');
    await bad(`?filters=${encodeURIComponent('{"nope":"x"}')}`);
    expect((await get(dataRoute.GET, 'clerk', { key: 'sales-overview' })).status).toBe(403);
    expect((await get(dataRoute.GET, 'manager', { key: 'nope' })).status).toBe(404);
  });
});
