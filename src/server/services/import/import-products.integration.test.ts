import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/sql';
import type { DbHandle } from '../../db/types';
import type { Actor } from '../../auth/actor';
import { publishOrderEntities } from '../../testing/fixtures';
import { countRecords, importFile, previewFile } from '../../testing/import-kit';
import { xlsxFile } from '../../testing/spreadsheet-files';
import { testActor } from '../../testing/test-actors';
import { openTestDb, testDrivers } from '../../testing/test-db';

const ROWS = 10_000;
const BAD = { price: 57, name: 4242, negative: 9999 };

/** 10,000 products; spreadsheet row n (header = row 1) holds product n - 1, three of them wrong. */
function productRows(header: string[], price = (n: number) => (n % 1000) + 0.5): unknown[][] {
  const rows: unknown[][] = [header];
  for (let n = 1; n <= ROWS; n += 1) {
    const row = n + 1;
    const unitPrice = row === BAD.price ? 'abc' : row === BAD.negative ? -5 : price(n);
    rows.push([`SKU-${String(n).padStart(5, '0')}`, row === BAD.name ? null : `Product ${n}`, unitPrice, n % 2 ? '茶叶' : 'Tea']);
  }
  return rows;
}

describe.each(testDrivers())('importing 10,000 products on %s', (driver) => {
  let handle: DbHandle;
  let admin: Actor;
  let file: Buffer;

  beforeAll(async () => {
    handle = await openTestDb(driver);
    await publishOrderEntities(handle.db);
    admin = await testActor(handle.db, ['admin']);
    file = await xlsxFile(productRows(['SKU', '产品名称', '单价', 'Category']));
  }, 120_000);
  afterAll(() => handle?.close());

  const expectedErrors = [
    { row: BAD.price, column: '单价', field: 'unit_price', message: 'Unit price must be a number', value: 'abc' },
    { row: BAD.name, column: '产品名称', field: 'name', message: 'Name is required' },
    { row: BAD.negative, column: '单价', field: 'unit_price', message: 'Unit price must be at least 0', value: '-5' },
  ];

  it('previews with mapped zh-CN and en headers and exactly the bad rows', async () => {
    const preview = await previewFile(handle.db, admin, 'products', 'products.xlsx', file);
    expect(preview.suggestedMapping).toEqual({ SKU: 'sku', 产品名称: 'name', 单价: 'unit_price', Category: 'category' });
    expect(preview.totalRows).toBe(ROWS);
    expect(preview.previewRows).toHaveLength(20);
    expect(preview.previewRows[0]).toEqual({ row: 2, cells: ['SKU-00001', 'Product 1', '1.5', '茶叶'] });
    expect(preview.errors).toEqual(expectedErrors);
    expect(await countRecords(handle.db, 'products')).toBe(0);
  });

  it('all or nothing: reports every bad row and writes nothing', async () => {
    const job = await importFile(handle.db, admin, 'products', 'products.xlsx', file, { mode: 'all_or_nothing' });
    expect(job).toMatchObject({ status: 'failed', totalRows: ROWS, processedRows: ROWS, insertedRows: 0, updatedRows: 0, errorRows: 3 });
    expect(job.errors).toEqual(expectedErrors);
    expect(await countRecords(handle.db, 'products')).toBe(0);
  });

  it('valid rows: imports the rest with audit entries, then re-imports by SKU as updates', async () => {
    const started = performance.now();
    const job = await importFile(handle.db, admin, 'products', 'products.xlsx', file, { mode: 'valid_rows' });
    const seconds = (performance.now() - started) / 1000;
    console.log(`[import] ${driver}: ${ROWS} rows in ${seconds.toFixed(2)} s = ${Math.round(ROWS / seconds)} rows/s`);
    expect(job).toMatchObject({ status: 'succeeded', insertedRows: ROWS - 3, updatedRows: 0, errorRows: 3 });
    expect(job.errors).toEqual(expectedErrors);
    expect(await countRecords(handle.db, 'products')).toBe(ROWS - 3);
    const [audit] = await queryRows<{ n: string | number }>(handle.db, sql`select count(*) as n from audit_log where entity = 'products' and action = 'create'`);
    expect(Number(audit.n)).toBe(ROWS - 3);

    const again = await importFile(handle.db, admin, 'products', 'prices.xlsx', await xlsxFile(productRows(['sku', 'Name', 'Unit price', 'category'], () => 9.99)), { mode: 'valid_rows', keyField: 'sku' });
    expect(again).toMatchObject({ status: 'succeeded', insertedRows: 0, updatedRows: ROWS - 3, errorRows: 3 });
    expect(await countRecords(handle.db, 'products')).toBe(ROWS - 3);
    expect(await countRecords(handle.db, 'products', sql`unit_price = 9.99 and version = 2`)).toBe(ROWS - 3);
  });

  it('without a key field, existing SKUs are refused instead of duplicated', async () => {
    const rows = [['SKU', 'Name', 'Unit price'], ['SKU-00001', 'Again', '1.00'], ['NEW-1', 'New', '2.00'], ['NEW-1', 'Twice', '3.00']];
    const job = await importFile(handle.db, admin, 'products', 'dupes.xlsx', await xlsxFile(rows), { mode: 'valid_rows' });
    expect(job.insertedRows).toBe(1);
    expect(job.errors.map((error) => [error.row, error.column, error.message])).toEqual([
      [2, 'SKU', 'A Products record with SKU "SKU-00001" already exists; choose sku as the key field to update it'],
      [4, 'SKU', 'SKU "NEW-1" appears more than once in the file (first in row 3)'],
    ]);
  });
});
