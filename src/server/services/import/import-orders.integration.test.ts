import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../db/types';
import type { Actor } from '../../auth/actor';
import { publishOrderEntities } from '../../testing/fixtures';
import { countRecords, importFile, previewFile } from '../../testing/import-kit';
import { xlsxFile } from '../../testing/spreadsheet-files';
import { testActor } from '../../testing/test-actors';
import { openTestDb, testDrivers } from '../../testing/test-db';
import { createRecord } from '../create-record';
import { listRecords } from '../list-records';
import { getRecord } from '../get-record';

const BOM = '\ufeff';

describe.each(testDrivers())('importing customers and orders on %s', (driver) => {
  let handle: DbHandle;
  let clerk: Actor;

  beforeAll(async () => {
    handle = await openTestDb(driver);
    await publishOrderEntities(handle.db);
    clerk = await testActor(handle.db, ['clerk']);
    const admin = await testActor(handle.db, ['admin']);
    const tea = await createRecord(handle.db, admin, 'products', { sku: 'TEA-001', name: '西湖龙井 250g', unit_price: '168.00' });
    await createRecord(handle.db, admin, 'products', { sku: 'CUP-001', name: '白瓷茶杯', unit_price: '35.50' });
    await createRecord(handle.db, admin, 'stock', { product: tea.id, on_hand: 5 });
  });
  afterAll(() => handle?.close());

  const orderLines = async (orderId: string) => (await getRecord(handle.db, clerk, 'orders', orderId)).lines as Array<Record<string, unknown>>;

  it('reads a UTF-8 CSV with a BOM and Chinese headers, option labels and an unknown option', async () => {
    const csv = `${BOM}客户名称,电话,地区,客户等级\r\n华东贸易有限公司,021-6555 1234,华东,VIP\r\n"北方机电, 设备厂",'+86 10 8888 2222,North,普通\r\n火星公司,,火星,普通\r\n`;
    const job = await importFile(handle.db, clerk, 'customers', '客户.csv', csv, { mode: 'valid_rows' });
    expect(job).toMatchObject({ status: 'succeeded', insertedRows: 2, errorRows: 1 });
    expect(job.errors).toEqual([{ row: 4, column: '地区', field: 'region', message: 'Region must be one of: north, east, south, west', value: '火星' }]);
    const page = await listRecords(handle.db, clerk, 'customers', { sort: 'name' });
    expect(page.data.map((c) => [c.name, c.phone, c.region, c.level])).toEqual([
      ['北方机电, 设备厂', '+86 10 8888 2222', 'north', 'normal'],
      ['华东贸易有限公司', '021-6555 1234', 'east', 'vip'],
    ]);
  });

  it('reads a GB18030 (GBK) CSV as Excel on Chinese Windows saves it', async () => {
    const gbk = Buffer.from([0xbf, 0xcd, 0xbb, 0xa7, 0xc3, 0xfb, 0xb3, 0xc6, 0x0d, 0x0a, 0xc4, 0xcf, 0xd4, 0xc1, 0xb0, 0xd9, 0xbb, 0xf5, 0x0d, 0x0a]); // 客户名称 / 南粤百货
    const job = await importFile(handle.db, clerk, 'customers', 'gbk.csv', gbk);
    expect(job).toMatchObject({ status: 'succeeded', insertedRows: 1 });
    expect((await listRecords(handle.db, clerk, 'customers', { filter: JSON.stringify({ field: 'name', op: 'eq', value: '南粤百货' }) })).total).toBe(1);
  });

  it('groups rows into orders with lines, resolving customers by name and products by SKU or name', async () => {
    const rows = [
      ['外部单号', '客户', '渠道', '状态', '产品', '单价', '数量'],
      ['REF-1', '华东贸易有限公司', '门店', '已完成', 'TEA-001', 168, 2],
      [null, null, null, null, '白瓷茶杯', '35.50', 4],
      ['REF-2', '北方机电, 设备厂', 'online', 'completed', 'CUP-001', 35.5, 1],
    ];
    const preview = await previewFile(handle.db, clerk, 'orders', 'orders.xlsx', await xlsxFile(rows));
    expect(preview.suggestedGroupBy).toBe('外部单号');
    const before = await countRecords(handle.db, 'orders');
    const job = await importFile(handle.db, clerk, 'orders', 'orders.xlsx', await xlsxFile(rows), { groupBy: '外部单号', reserveStock: 'false' });
    expect(job).toMatchObject({ status: 'succeeded', insertedRows: 2, errorRows: 0, errors: [] });
    expect(await countRecords(handle.db, 'orders')).toBe(before + 2);
    const filter = JSON.stringify({ field: 'external_ref', op: 'in', value: ['REF-1', 'REF-2'] });
    const [first, second] = (await listRecords(handle.db, clerk, 'orders', { filter, sort: 'external_ref' })).data;
    expect(first).toMatchObject({ channel: 'store', total_amount: '478.00', _display: { customer: '华东贸易有限公司' } });
    expect((await orderLines(first.id)).map((line) => [line._display, line.qty, line.line_amount])).toEqual([
      [{ product: '西湖龙井 250g' }, 2, '336.00'],
      [{ product: '白瓷茶杯' }, 4, '142.00'],
    ]);
    expect(second).toMatchObject({ channel: 'online', total_amount: '35.50' });
  });

  it('all or nothing: an unknown customer or a bad line rejects the file with the rows that are wrong', async () => {
    const csv = '订单号,客户,产品,单价,数量\nA,华东贸易有限公司,TEA-001,168,1\nB,Nobody Ltd,TEA-001,168,1\nC,华东贸易有限公司,TEA-001,168,1\nC,,GONE-9,1,0\n';
    const preview = await previewFile(handle.db, clerk, 'orders', 'bad.csv', csv);
    expect(preview.suggestedGroupBy).toBe('订单号');
    // The line's unit price is a snapshot of the product's, so the 单价 column has nothing to fill.
    expect(preview.suggestedMapping).toEqual({ 订单号: null, 客户: 'customer', 产品: 'lines.product', 单价: null, 数量: 'lines.qty' });
    const before = await countRecords(handle.db, 'orders');
    const job = await importFile(handle.db, clerk, 'orders', 'bad.csv', csv, { groupBy: '订单号', mode: 'all_or_nothing' });
    expect(job.status).toBe('failed');
    expect(job.errors.map((error) => [error.row, error.column, error.field, error.message])).toEqual([
      [3, '客户', 'customer', 'No Customers record matches "Nobody Ltd"'],
      [5, '产品', 'lines.product', 'No Products record matches "GONE-9"'],
      [5, '数量', 'lines.qty', 'Quantity must be at least 1'],
    ]);
    expect(job.errorRows).toBe(3);
    expect(await countRecords(handle.db, 'orders')).toBe(before);

    const partial = await importFile(handle.db, clerk, 'orders', 'bad.csv', csv, { groupBy: '订单号', mode: 'valid_rows' });
    expect(partial).toMatchObject({ status: 'succeeded', insertedRows: 1, errorRows: 3 });
    expect(await countRecords(handle.db, 'orders')).toBe(before + 1);
  });

  it('reserves stock for imported orders unless told not to, refusing an order that is short', async () => {
    const csv = 'ref,customer,product,qty\nS1,华东贸易有限公司,TEA-001,3\nS2,华东贸易有限公司,TEA-001,3\n';
    const job = await importFile(handle.db, clerk, 'orders', 'stock.csv', csv, { groupBy: 'ref', mode: 'valid_rows' });
    expect(job).toMatchObject({ status: 'succeeded', insertedRows: 1, errorRows: 1 });
    expect(job.errors).toEqual([expect.objectContaining({ row: 3, message: expect.stringContaining('西湖龙井 250g') })]);
    const [stock] = (await listRecords(handle.db, clerk, 'stock', {})).data;
    // 1 reserved by the valid row imported in the previous test, 3 by S1.
    expect(stock).toMatchObject({ on_hand: 5, reserved: 4 });
    const heldWithoutStock = await importFile(handle.db, clerk, 'orders', 'stock.csv', csv, { groupBy: 'ref', reserveStock: 'false' });
    expect(heldWithoutStock).toMatchObject({ status: 'failed', insertedRows: 0 });
    expect(heldWithoutStock.errors[0].message).toContain('holds stock');
    const finished = 'ref,customer,status,product,qty\nH1,华东贸易有限公司,completed,TEA-001,3\nH2,华东贸易有限公司,cancelled,TEA-001,30\n';
    const historical = await importFile(handle.db, clerk, 'orders', 'history.csv', finished, { groupBy: 'ref', reserveStock: 'false' });
    expect(historical).toMatchObject({ status: 'succeeded', insertedRows: 2 });
    expect((await listRecords(handle.db, clerk, 'stock', {})).data[0]).toMatchObject({ reserved: 4 });
  });
});
