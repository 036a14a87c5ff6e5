import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as recordsRoute from '@/app/api/v1/records/[entity]/route';
import * as recordRoute from '@/app/api/v1/records/[entity]/[id]/route';
import { createApiKey } from '@/server/auth/api-keys';
import type { DbHandle } from '@/server/db/types';
import { apiFastPath, type LoadHandlers } from '@/server/http/api-fast-path';
import { routeTable } from '@/server/http/route-table';
import { createRecord } from '@/server/services/create-record';
import { createStockedProduct, publishOrderEntities } from '@/server/testing/fixtures';
import { serveRoutesFrom } from '@/server/testing/route-harness';
import { testActor } from '@/server/testing/test-actors';
import { openTestDb, testDrivers } from '@/server/testing/test-db';

/**
 * The record routes served the way `npm start` serves API-key requests: Node's HTTP server calls
 * the handlers directly (src/server/http/api-fast-path.ts), on both drivers.
 */
describe.each(testDrivers())('the order API through the fast path (%s)', (driver) => {
  let handle: DbHandle;
  let server: Server;
  let base: string;
  let key: string;
  let customer: string;
  let mug: string;

  beforeAll(async () => {
    handle = await openTestDb(driver);
    serveRoutesFrom(handle);
    await publishOrderEntities(handle.db);
    const admin = await testActor(handle.db, ['admin'], `fast_${driver}`);
    key = (await createApiKey(handle.db, { username: admin.username, name: 'integration' })).key;
    customer = (await createRecord(handle.db, admin, 'customers', { name: 'Fast path buyer' })).id;
    mug = await createStockedProduct(handle.db, admin, { sku: 'FAST-MUG', name: 'Mug', unit_price: '12.50' }, 3);
    const loadHandlers: LoadHandlers = async (file) => (file.endsWith('[id]/route') ? recordRoute : recordsRoute);
    const manifest = { '/api/v1/records/[entity]/route': '/api/v1/records/[entity]', '/api/v1/records/[entity]/[id]/route': '/api/v1/records/[entity]/[id]' };
    const fastPath = apiFastPath(routeTable(manifest, '/api/v1/'), loadHandlers);
    server = createServer((req, res) => void fastPath(req, res).then((served) => served || res.writeHead(404).end()));
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server?.close();
    await handle?.close();
  });

  const post = (body: unknown, idempotencyKey: string) =>
    fetch(`${base}/api/v1/records/orders`, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', 'idempotency-key': idempotencyKey }, body: JSON.stringify(body) });

  it('creates an order, replays it for the same key, and refuses a shortage with the contract error', async () => {
    const body = { customer, channel: 'api', lines: [{ product: mug, qty: 2 }] };
    const created = await post(body, `fast-${driver}-1`);
    expect(created.status).toBe(201);
    const order = (await created.json()) as { id: string; total_amount: string; lines: unknown[] };
    expect(order.total_amount).toBe('25.00');
    expect(created.headers.get('location')).toBe(`/api/v1/records/orders/${order.id}`);

    const replay = await post(body, `fast-${driver}-1`);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(((await replay.json()) as { id: string }).id).toBe(order.id);

    const short = await post({ ...body, lines: [{ product: mug, qty: 2 }] }, `fast-${driver}-2`);
    expect(short.status).toBe(409);
    expect(await short.json()).toMatchObject({ error: { code: 'insufficient_stock', details: { shortages: [{ key: mug, title: 'Mug', requested: 2, available: 1, lines: [0] }] } } });

    const read = await fetch(`${base}/api/v1/records/orders/${order.id}`, { headers: { authorization: `Bearer ${key}` } });
    expect(((await read.json()) as { id: string }).id).toBe(order.id);
    const refused = await fetch(`${base}/api/v1/records/orders/${order.id}`, { headers: { authorization: 'Bearer lc_not-a-key' } });
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('unauthorized');
  });
});
