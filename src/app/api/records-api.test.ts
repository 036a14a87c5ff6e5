import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as entitiesRoute from '@/app/api/v1/entities/route';
import * as openapiRoute from '@/app/api/v1/openapi.json/route';
import * as recordRoute from '@/app/api/v1/records/[entity]/[id]/route';
import * as recordsRoute from '@/app/api/v1/records/[entity]/route';
import * as healthRoute from '@/app/api/health/route';
import type { DbHandle } from '@/server/db/types';
import { createApiKey } from '@/server/auth/api-keys';
import { createUser } from '@/server/bootstrap/users';
import { publishOrderEntities } from '@/server/testing/fixtures';
import { callRoute, serveRoutesFrom } from '@/server/testing/route-harness';
import { openTestDb, testDrivers } from '@/server/testing/test-db';

describe.each(testDrivers())('REST records API on %s', (driver) => {
  let handle: DbHandle;
  let clerkKey: string;
  let purchasingKey: string;
  let adminKey: string;
  let productId: string;
  let customerId: string;

  const list = (entity: string, query = '', key = clerkKey) =>
    callRoute(recordsRoute.GET, 'GET', `/api/v1/records/${entity}${query}`, { key, params: { entity } });
  const create = (entity: string, options: Parameters<typeof callRoute>[3]) =>
    callRoute(recordsRoute.POST, 'POST', `/api/v1/records/${entity}`, { key: clerkKey, params: { entity }, ...options });
  const orderCount = async () => (await list('orders')).json.total as number;

  beforeAll(async () => {
    handle = await openTestDb(driver);
    serveRoutesFrom(handle);
    await publishOrderEntities(handle.db);
    for (const role of ['clerk', 'purchasing', 'admin']) await createUser(handle.db, { username: `api_${role}`, password: 'password1', roles: [role] });
    [clerkKey, purchasingKey, adminKey] = await Promise.all(['clerk', 'purchasing', 'admin'].map(async (role) => (await createApiKey(handle.db, { username: `api_${role}`, name: 't' })).key));
    productId = (await create('products', { key: adminKey, body: { sku: 'A1', name: 'Apple', unit_price: '3.50' } })).json.id;
    await create('stock', { key: adminKey, body: { product: productId, on_hand: 1000 } });
    customerId = (await create('customers', { body: { name: 'Zhang San' } })).json.id;
  });
  afterAll(() => handle?.close());

  it('answers 401 in the error shape without credentials or with a bad key', async () => {
    for (const key of [undefined, 'lck_wrong']) {
      const response = await callRoute(recordsRoute.GET, 'GET', '/api/v1/records/orders', { key, params: { entity: 'orders' } });
      expect(response.status).toBe(401);
      expect(response.json).toEqual({ error: { code: 'unauthorized', message: expect.any(String) } });
    }
  });

  it('creates an order with inline lines: 201, computed fields, ETag', async () => {
    const response = await create('orders', {
      body: { customer: customerId, channel: 'api', lines: [{ product: productId, unit_price: '3.50', qty: 4 }] },
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('etag')).toBe('"1"');
    expect(response.json.lines[0]).toMatchObject({ qty: 4, line_amount: '14.00' });
  });

  it('refuses malformed JSON, wrong types, unknown fields and oversized bodies with 4xx and writes nothing', async () => {
    const before = await orderCount();
    const malformed = await create('orders', { rawBody: '{"customer": ' });
    expect(malformed.status).toBe(400);
    expect(malformed.json.error.code).toBe('invalid_json');

    const wrongTypes = await create('orders', { body: { customer: 42, lines: 'many', surprise: true } });
    expect(wrongTypes.status).toBe(422);
    expect(wrongTypes.json.error.code).toBe('validation_failed');
    expect(wrongTypes.json.error.details.fields.map((f: { field: string }) => f.field).sort()).toEqual(['customer', 'lines', 'surprise']);

    const notAnObject = await create('orders', { body: [1, 2, 3] });
    expect(notAnObject.status).toBe(422);

    const huge = await create('orders', { body: { customer: customerId, notes: 'x'.repeat(1024 * 1024 + 10), lines: [] } });
    expect(huge.status).toBe(413);
    expect(huge.json.error.code).toBe('payload_too_large');

    const wrongType = await create('orders', { rawBody: 'customer=1', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(wrongType.status).toBe(415);
    expect(await orderCount()).toBe(before);
  });

  it('refuses unknown filter fields and operators with 400', async () => {
    const unknownField = await list('orders', `?filter=${encodeURIComponent('{"and":[{"field":"colour","op":"eq","value":"red"}]}')}`);
    expect(unknownField.status).toBe(400);
    expect(unknownField.json.error.details.problems[0].code).toBe('unknown_field');
    const unknownOp = await list('orders', `?filter=${encodeURIComponent('{"field":"status","op":"regex","value":"."}')}`);
    expect(unknownOp.status).toBe(400);
    const badPage = await list('orders', '?page=0');
    expect(badPage.status).toBe(400);
    const filtered = await list('orders', `?filter=${encodeURIComponent('{"field":"channel","op":"eq","value":"api"}')}`);
    expect(filtered.status).toBe(200);
    expect(filtered.json).toMatchObject({ page: 1, pageSize: 20 });
    expect(filtered.json.data.every((order: { channel: string }) => order.channel === 'api')).toBe(true);
  });

  it('answers 403 for a role without the permission and 404 for an unknown entity or record', async () => {
    const forbidden = await create('orders', { key: purchasingKey, body: { customer: customerId, lines: [] } });
    expect(forbidden.status).toBe(403);
    expect(forbidden.json.error.code).toBe('forbidden');
    expect((await list('spaceships')).status).toBe(404);
    const missing = await callRoute(recordRoute.GET, 'GET', '/x', { key: clerkKey, params: { entity: 'orders', id: '5f0e1b9c-0000-4000-8000-000000000000' } });
    expect(missing.status).toBe(404);
    const garbage = await callRoute(recordRoute.GET, 'GET', '/x', { key: clerkKey, params: { entity: 'orders', id: 'garbage' } });
    expect(garbage.status).toBe(404);
  });

  it('needs If-Match on PATCH and answers 409 on a stale version', async () => {
    const params = { entity: 'customers', id: customerId };
    const noVersion = await callRoute(recordRoute.PATCH, 'PATCH', '/x', { key: clerkKey, params, body: { level: 'vip' } });
    expect(noVersion.status).toBe(428);
    const ok = await callRoute(recordRoute.PATCH, 'PATCH', '/x', { key: clerkKey, params, body: { level: 'vip' }, headers: { 'if-match': '"1"' } });
    expect(ok.status).toBe(200);
    expect(ok.json.version).toBe(2);
    const stale = await callRoute(recordRoute.PATCH, 'PATCH', '/x', { key: clerkKey, params, body: { level: 'normal' }, headers: { 'if-match': '1' } });
    expect(stale.status).toBe(409);
    expect(stale.json.error).toMatchObject({ code: 'conflict', details: { currentVersion: 2 } });
  });

  it('lists only readable entities and generates OpenAPI from metadata', async () => {
    const entities = await callRoute(entitiesRoute.GET, 'GET', '/api/v1/entities', { key: clerkKey });
    expect(entities.json.data.map((view: { entity: { key: string } }) => view.entity.key)).toEqual(['customers', 'orders', 'products', 'stock', 'stock_movements']);
    const orders = entities.json.data.find((view: { entity: { key: string } }) => view.entity.key === 'orders');
    expect(orders.permissions).toEqual(['create', 'read', 'update', 'export']);
    const openapi = await callRoute(openapiRoute.GET, 'GET', '/api/v1/openapi.json', { key: clerkKey });
    expect(openapi.json.paths['/records/orders']).toBeDefined();
    expect(openapi.json.components.schemas.orders_input.properties.lines.items.$ref).toBe('#/components/schemas/order_lines_input');
    expect(openapi.json.components.schemas.orders_input.properties).not.toHaveProperty('order_no');
    expect(Object.keys(openapi.json.paths)).toEqual(expect.arrayContaining(['/records/orders/{id}/actions/pay', '/import/orders', '/export/orders']));
    expect(Object.keys(openapi.json.paths)).not.toContain('/records/orders/{id}/actions/close');
    expect(openapi.json.paths['/records/orders/{id}/actions/submit'].post.requestBody.content['application/json'].schema.properties.approvers.type).toBe('object');
  });

  it('reports health', async () => {
    const response = await callRoute(healthRoute.GET, 'GET', '/api/health');
    expect(response.json).toMatchObject({ status: 'ok', database: 'up', driver });
  });
});
