import { expect, request as playwrightRequest, test } from '@playwright/test';
import { ensureOrderTemplate, logIn } from './helpers';
import { createRecord, createStockedProduct } from './test-data';

/**
 * Another system with an API key: `npm start` serves its requests by calling the route handlers
 * straight from Node's HTTP server (src/server/http/api-fast-path.ts), which says so in a
 * Server-Timing header. Everything it does must behave as through Next.
 */
test('a system with an API key places an order, retries it safely, exports it, and gets clear errors', async ({ page, baseURL }) => {
  await logIn(page, 'admin');
  await ensureOrderTemplate(page);
  const created = await page.request.post('/api/v1/admin/api-keys', { data: { name: 'E2E shop', username: 'admin' } });
  expect(created.status(), await created.text()).toBe(201);
  const { key } = (await created.json()) as { key: string };

  const api = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${key}` } });
  const customer = await createRecord(api, 'customers', { name: 'E2E 接口客户' });
  const sku = `E2E-API-${Date.now().toString(36)}`;
  const product = await createStockedProduct(api, { sku, name: 'E2E 接口商品', unit_price: '19.90' }, 5);

  const body = { customer, channel: 'api', lines: [{ product, qty: 3 }], total_amount: '0.01' };
  const idempotencyKey = `e2e-${sku}`;
  const first = await api.post('/api/v1/records/orders', { data: body, headers: { 'idempotency-key': idempotencyKey } });
  expect(first.status(), await first.text()).toBe(201);
  expect(first.headers()['server-timing']).toMatch(/^app;dur=/);
  const order = (await first.json()) as { id: string; order_no: string; total_amount: string };
  expect(order.total_amount).toBe('59.70');

  const retry = await api.post('/api/v1/records/orders', { data: body, headers: { 'idempotency-key': idempotencyKey } });
  expect(retry.headers()['idempotent-replayed']).toBe('true');
  expect(((await retry.json()) as { id: string }).id).toBe(order.id);
  const reused = await api.post('/api/v1/records/orders', { data: { ...body, channel: 'web' }, headers: { 'idempotency-key': idempotencyKey } });
  expect(reused.status()).toBe(422);

  const short = await api.post('/api/v1/records/orders', { data: { customer, lines: [{ product, qty: 3 }] } });
  expect(short.status()).toBe(409);
  expect(await short.json()).toMatchObject({ error: { code: 'insufficient_stock', details: { shortages: [{ key: product, requested: 3, available: 2 }] } } });

  const malformed = await api.post('/api/v1/records/orders', { headers: { 'content-type': 'application/json' }, data: Buffer.from('{"customer":') });
  expect(malformed.status()).toBe(400);
  expect(((await malformed.json()) as { error: { code: string } }).error.code).toBe('invalid_json');

  // The filtered list as CSV, streamed and compressed on the way.
  const filter = encodeURIComponent(JSON.stringify({ field: 'order_no', op: 'eq', value: order.order_no }));
  const csv = await api.get(`/api/v1/export/orders?format=csv&locale=en&filter=${filter}`, { headers: { 'accept-encoding': 'gzip' } });
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-encoding']).toBe('gzip');
  expect(csv.headers()['content-disposition']).toContain('attachment');
  const rows = (await csv.text()).trim().split(/\r?\n/);
  expect(rows).toHaveLength(2);
  expect(rows[1]).toContain(order.order_no);

  const stranger = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { authorization: 'Bearer lc_revoked-or-made-up' } });
  const refused = await stranger.get(`/api/v1/records/orders/${order.id}`);
  expect(refused.status()).toBe(401);
  expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('unauthorized');
  await Promise.all([api.dispose(), stranger.dispose()]);
});
