import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import Papa from 'papaparse';
import { ensureOrderTemplate, logIn } from './helpers';

test('an admin imports customers from a CSV through the wizard, then exports exactly the filtered list', async ({ page }) => {
  const run = Date.now().toString(36);
  // The first two share "-<run>", which the third lacks: the filter below keeps exactly them.
  const names = [`导入客户甲-${run}`, `导入客户乙-${run}`, `Imported ${run}`];
  const file = path.join(tmpdir(), `customers-${run}.csv`);
  writeFileSync(file, `\ufeff客户名称,电话,地区,客户等级\n${names[0]},021-6555 0001,华东,VIP\n${names[1]},,华北,普通\n${names[2]},,West,Normal\n`);

  await logIn(page, 'admin');
  await ensureOrderTemplate(page);
  await page.goto('/r/customers');
  await page.getByTestId('import-button').click();
  await page.locator('.ant-modal input[type=file]').setInputFiles(file);
  const mapping = page.getByTestId('import-mapping');
  await expect(mapping).toBeVisible();
  await expect(mapping).toContainText('客户名称');
  await page.getByTestId('import-next').click();
  await expect(page.getByTestId('import-preview-summary')).toContainText('3');
  await expect(page.getByTestId('import-cell-error')).toHaveCount(0);
  await page.getByTestId('import-start').click();
  await expect(page.getByTestId('import-result')).toHaveAttribute('data-status', 'succeeded', { timeout: 30_000 });
  await expect(page.getByTestId('import-inserted')).toContainText('3');
  await page.getByTestId('import-close').click();

  const table = page.getByTestId('record-table');
  await page.getByTestId('filter-name').fill(`-${run}`);
  await page.getByTestId('filter-search').click();
  await expect(table.locator('tbody tr.ant-table-row')).toHaveCount(2);
  await expect(table).toContainText(names[0]);
  await expect(table).toContainText(names[1]);

  await page.getByTestId('export-button').click();
  const downloading = page.waitForEvent('download');
  await page.getByTestId('export-csv').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^customers-\d{8}-\d{4}\.csv$/);
  const bytes = readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header, ...records] = Papa.parse<string[]>(bytes.toString('utf8').slice(1), { skipEmptyLines: true }).data;
  const name = header.indexOf('客户名称');
  expect(name).toBeGreaterThanOrEqual(0);
  expect(records.map((record) => record[name]).sort()).toEqual([names[0], names[1]].sort());
  expect(records.map((record) => record[header.indexOf('地区')]).sort()).toEqual(['华东', '华北'].sort());
});
