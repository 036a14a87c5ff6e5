import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import Papa from 'papaparse';
import * as exportRoute from '@/app/api/v1/export/[entity]/route';
import * as importRoute from '@/app/api/v1/import/[entity]/route';
import * as jobRoute from '@/app/api/v1/import/jobs/[id]/route';
import * as errorsRoute from '@/app/api/v1/import/jobs/[id]/errors.csv/route';
import { importJobs, users } from '@/server/db/schema';
import type { DbHandle } from '@/server/db/types';
import { createApiKey } from '@/server/auth/api-keys';
import { createUser } from '@/server/bootstrap/users';
import { publishOrderEntities } from '@/server/testing/fixtures';
import { callRawRoute } from '@/server/testing/multipart-route';
import { callRoute, serveRoutesFrom } from '@/server/testing/route-harness';
import { importForm, importRequest, readXlsx, xlsxFile } from '@/server/testing/spreadsheet-files';
import { openTestDb, testDrivers } from '@/server/testing/test-db';

const CUSTOMERS_CSV = '\ufeff客户名称,地区,客户等级\n华东贸易有限公司,华东,VIP\n上海茶行,华东,普通\n北方机电设备厂,华北,普通\n火星公司,火星,普通\n';

describe.each(testDrivers())('import and export API on %s', (driver) => {
  let handle: DbHandle;
  const keys: Record<string, string> = {};

  const upload = (entity: string, form: FormData, key = keys.clerk) => callRawRoute(importRoute.POST, importRequest(entity, form), { key, params: { entity } });
  const job = (id: string, key = keys.clerk) => callRoute(jobRoute.GET, 'GET', `/api/v1/import/jobs/${id}`, { key, params: { id } });
  const download = (entity: string, query: string, key = keys.admin) =>
    callRawRoute(exportRoute.GET, new Request(`http://localhost/api/v1/export/${entity}?${query}`), { key, params: { entity } });
  async function finished(id: string, key = keys.clerk) {
    for (let i = 0; i < 400; i += 1) {
      const response = await job(id, key);
      expect(response.status).toBe(200);
      if (['succeeded', 'failed'].includes(response.json.status)) return response.json;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error('job did not finish');
  }

  beforeAll(async () => {
    handle = await openTestDb(driver);
    serveRoutesFrom(handle);
    await publishOrderEntities(handle.db);
    for (const role of ['clerk', 'purchasing', 'admin']) {
      await createUser(handle.db, { username: `io_${role}`, password: 'password1', roles: [role] });
      keys[role] = (await createApiKey(handle.db, { username: `io_${role}`, name: 't' })).key;
    }
  });
  afterAll(() => handle?.close());

  it('refuses oversized, wrongly typed, empty and header-less files and unknown mapping targets in the error shape', async () => {
    const huge = await upload('customers', importForm('big.csv', Buffer.alloc(50 * 1024 * 1024 + 10, 'a')));
    expect(huge.status).toBe(413);
    expect(huge.json.error.code).toBe('payload_too_large');
    const xls = await upload('customers', importForm('old.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])));
    expect(xls.status).toBe(415);
    expect((await upload('customers', importForm('notes.pdf', '%PDF-1.4'))).status).toBe(415);
    const json = await callRoute(importRoute.POST, 'POST', '/api/v1/import/customers', { key: keys.clerk, params: { entity: 'customers' }, body: { rows: [] } });
    expect(json.status).toBe(415);
    for (const content of ['', '\n\n ,, \n']) {
      const empty = await upload('customers', importForm('empty.csv', content));
      expect(empty.status).toBe(422);
      expect(empty.json.error).toMatchObject({ code: 'validation_failed', message: expect.stringContaining('empty') });
    }
    const headerOnly = await upload('customers', importForm('header.csv', '客户名称,地区\n'));
    expect(headerOnly.status).toBe(422);
    const badTarget = await upload('customers', importForm('c.csv', CUSTOMERS_CSV, { mapping: { 客户名称: 'name', 地区: 'colour' } }));
    expect(badTarget.status).toBe(422);
    expect(badTarget.json.error.details.problems).toEqual([{ path: 'mapping.地区', message: expect.stringContaining('"colour" is not a field') }]);
    expect((await upload('customers', importForm('c.csv', CUSTOMERS_CSV), keys.purchasing)).status).toBe(403);
  });

  it('previews, runs a job with progress, and serves its error report only to its creator', async () => {
    const preview = await upload('customers', importForm('c.csv', CUSTOMERS_CSV, { dryRun: 'true' }));
    expect(preview.status).toBe(200);
    expect(preview.json).toMatchObject({ headers: ['客户名称', '地区', '客户等级'], totalRows: 4, errorRows: 1 });
    const started = await upload('customers', importForm('c.csv', CUSTOMERS_CSV, { mode: 'valid_rows' }));
    expect(started.status).toBe(202);
    const result = await finished(started.json.jobId);
    expect(result).toMatchObject({ status: 'succeeded', totalRows: 4, processedRows: 4, insertedRows: 3, errorRows: 1, errorCount: 1 });
    expect(result.errors).toEqual([{ row: 5, column: '地区', field: 'region', value: '火星', message: expect.stringContaining('Region must be one of') }]);
    expect((await job(started.json.jobId, keys.purchasing)).status).toBe(404);
    expect((await job(started.json.jobId, keys.admin)).status).toBe(200);
    const report = await callRawRoute(errorsRoute.GET, new Request('http://localhost/x'), { key: keys.clerk, params: { id: started.json.jobId } });
    expect(report.headers.get('content-disposition')).toContain("filename*=UTF-8''customers-import-errors.csv");
    expect(Papa.parse(report.text, { header: true, skipEmptyLines: true }).data).toEqual([
      { row: '5', column: '地区', value: '火星', message: 'Region must be one of: north, east, south, west' },
    ]);
  });

  it('exports only the filtered records with headers in the caller\'s language, as CSV and xlsx that parse back', async () => {
    const filter = encodeURIComponent(JSON.stringify({ and: [{ field: 'region', op: 'eq', value: 'east' }] }));
    const csv = await download('customers', `format=csv&filter=${filter}&sort=name`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toMatch(/^attachment; filename="customers-\d{8}-\d{4}\.csv"; filename\*=UTF-8''customers-\d{8}-\d{4}\.csv$/);
    // Excel needs the UTF-8 byte-order mark to read Chinese (TextDecoder hides it from .text).
    expect([...new Uint8Array(csv.bytes.slice(0, 3))]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = Papa.parse<string[]>(csv.text, { skipEmptyLines: true }).data;
    const [header, ...records] = parsed;
    expect(header).toEqual(expect.arrayContaining(['客户名称', '地区', '客户等级']));
    const pick = (row: unknown[], names: string[]) => names.map((name) => row[header.indexOf(name)]);
    expect(records.map((row) => pick(row, ['客户名称', '地区', '客户等级']))).toEqual([['上海茶行', '华东', '普通'], ['华东贸易有限公司', '华东', 'VIP']]);

    const xlsx = await download('customers', `format=xlsx&filter=${filter}&sort=-name&locale=en`);
    expect(xlsx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const rows = await readXlsx(Buffer.from(xlsx.bytes));
    const enHeader = rows[0] as string[];
    expect(enHeader).toEqual(expect.arrayContaining(['Name', 'Region', 'Level']));
    expect(rows.slice(1).map((row) => [row[enHeader.indexOf('Name')], row[enHeader.indexOf('Region')]])).toEqual([['华东贸易有限公司', 'East'], ['上海茶行', 'East']]);
  });

  it('exports orders one row per line with numeric money in xlsx, and the file imports again', async () => {
    const products = [['SKU', '产品名称', '单价'], ['TEA-1', '龙井', 168], ['CUP-1', '茶杯', '35.50']];
    const imported = await upload('products', importForm('p.xlsx', await xlsxFile(products)), keys.admin);
    expect(await finished(imported.json.jobId, keys.admin)).toMatchObject({ insertedRows: 2 });
    const orders = 'ref,客户,状态,产品,数量\nA,上海茶行,已完成,TEA-1,2\nA,,,CUP-1,1\nB,华东贸易有限公司,已完成,茶杯,3\n';
    expect(await finished((await upload('orders', importForm('o.csv', orders, { groupBy: 'ref', reserveStock: 'false' }))).json.jobId)).toMatchObject({ status: 'succeeded', insertedRows: 2 });

    const xlsx = await readXlsx(Buffer.from((await download('orders', 'format=xlsx&sort=order_no')).bytes));
    const header = xlsx[0] as string[];
    expect(header).toEqual(expect.arrayContaining(['订单号', '客户', '订单金额', '订单明细.产品', '订单明细.单价', '订单明细.数量', '订单明细.金额']));
    const at = (name: string) => header.indexOf(name);
    expect(xlsx.slice(1).map((row) => [row[at('客户')], row[at('订单明细.产品')], row[at('订单明细.数量')], row[at('订单明细.金额')]])).toEqual([
      ['上海茶行', '龙井', 2, 336],
      ['上海茶行', '茶杯', 1, 35.5],
      ['华东贸易有限公司', '茶杯', 3, 106.5],
    ]);

    const csv = await download('orders', 'format=csv&sort=order_no');
    const again = await upload('orders', importForm('orders.csv', Buffer.from(csv.bytes), { groupBy: '订单号', reserveStock: 'false' }));
    expect(await finished(again.json.jobId)).toMatchObject({ status: 'succeeded', insertedRows: 2, errorRows: 0 });
  });

  it('reports a job whose process died (no heartbeat for 10 minutes) as failed when read', async () => {
    const [clerk] = await handle.db.select({ id: users.id }).from(users).where(eq(users.username, 'io_clerk'));
    const running = (heartbeatAt: Date) =>
      handle.db.insert(importJobs).values({ entity: 'customers', actorId: clerk.id, status: 'running', mode: 'valid_rows', options: { heartbeatAt: heartbeatAt.toISOString() } }).returning({ id: importJobs.id });
    const [dead] = await running(new Date(Date.now() - 11 * 60_000));
    const [alive] = await running(new Date());
    expect((await job(dead.id)).json).toMatchObject({ status: 'failed', finishedAt: expect.any(String), errors: [{ row: null, message: expect.stringContaining('stopped unexpectedly') }] });
    expect((await job(alive.id)).json).toMatchObject({ status: 'running', finishedAt: null });
  });

  it('refuses an export without the export permission', async () => {
    const refused = await download('customers', 'format=csv', keys.clerk);
    expect(refused.status).toBe(403);
    expect(refused.json.error.code).toBe('forbidden');
    expect((await download('customers', 'format=pdf')).status).toBe(400);
  });
});
