import { expect, test, type Page, type Request } from '@playwright/test';
import { createRecord, createStockedProduct, seedThenLogIn } from './test-data';

const DATA_PATH = '/api/v1/dashboards/sales-overview/data';

type DataBody = { data: { range: { from: string; to: string } | null; widgets: Array<{ key: string; ok: boolean; data?: { rows: Array<Record<string, unknown>> } }> } };

const isData = (request: Request) => new URL(request.url()).pathname === DATA_PATH;
const params = (request: Request) => new URL(request.url()).searchParams;

/** Picks an option of the antd Select carrying `testId`. */
async function choose(page: Page, testId: string, option: string) {
  await page.getByTestId(testId).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: option }).first().click();
}

test('a manager reads the sales dashboard, changes the range and filters by a region', async ({ page }) => {
  // Seeding, three dashboard loads and a reload: more than the default minute on a busy machine.
  test.setTimeout(120_000);
  await seedThenLogIn(page, 'manager', async (request) => {
    const east = await createRecord(request, 'customers', { name: 'E2E 华东客户', region: 'east' });
    const north = await createRecord(request, 'customers', { name: 'E2E 华北客户', region: 'north' });
    const cup = await createStockedProduct(request, { sku: 'E2E-DASH-CUP', name: 'E2E 看板茶杯', unit_price: '20.00' }, 100);
    for (const customer of [east, east, north]) await createRecord(request, 'orders', { customer, status: 'draft', lines: [{ product: cup, qty: 2 }] });
  });

  await page.goto('/');
  await page.getByRole('link', { name: '仪表盘' }).click();
  await expect(page).toHaveURL(/\/dashboards$/);
  const firstLoad = page.waitForRequest(isData);
  await page.getByTestId('dashboard-link-sales-overview').click();
  await expect(page).toHaveURL(/\/dashboards\/sales-overview/);
  // The dashboard opens on its default range, which the endpoint resolves.
  expect(params(await firstLoad).toString()).toBe('');

  const trend = page.getByTestId('widget-chart-sales_trend');
  await expect(trend.locator('canvas')).toHaveCount(1);
  await expect(page.getByTestId('kpi-today_orders-orders-value')).not.toHaveText('-');

  // A preset: the endpoint is asked again, the address keeps it, the calendar shows the days.
  const presetRequest = page.waitForRequest((request) => isData(request) && params(request).get('preset') === 'last_7_days');
  const presetResponse = page.waitForResponse((response) => isData(response.request()) && params(response.request()).get('preset') === 'last_7_days');
  await choose(page, 'dashboard-preset', '最近 7 天');
  await presetRequest;
  const week = ((await (await presetResponse).json()) as DataBody).data.range!;
  await expect(page).toHaveURL(/[?&]preset=last_7_days/);
  await expect(page.getByTestId('widget-sales_trend')).toHaveAttribute('data-loading', 'false');
  await expect(trend.locator('canvas')).toHaveCount(1);

  // The same days as a custom range: asked for with from/to, kept in the address across a reload.
  const customRequest = page.waitForRequest((request) => isData(request) && params(request).get('from') === week.from && params(request).get('to') === week.to);
  await choose(page, 'dashboard-preset', '自定义');
  await customRequest;
  await expect(page).toHaveURL(new RegExp(`from=${week.from}&to=${week.to}`));
  const reloaded = page.waitForRequest((request) => isData(request) && params(request).get('from') === week.from && params(request).get('to') === week.to);
  await page.reload();
  await reloaded;
  await expect(page.getByTestId('widget-chart-sales_trend').locator('canvas')).toHaveCount(1);

  // A click on a slice of the region donut filters the other widgets by that region.
  const donut = page.getByTestId('widget-chart-customers_by_region').locator('canvas');
  await expect(donut).toHaveCount(1);
  await expect(page.getByTestId('widget-customers_by_region')).toHaveAttribute('data-loading', 'false');
  const box = (await donut.boundingBox())!;
  // echarts draws the donut around (50%, 45%) between 45% and 70% of half the smaller side; the
  // first slice starts at twelve o'clock, so just right of the top of the ring lies on it.
  const radius = (Math.min(box.width, box.height) / 2) * 0.575;
  const filtered = page.waitForRequest((request) => isData(request) && params(request).get('filters') !== null);
  await donut.click({ position: { x: box.width / 2 + 4, y: box.height * 0.45 - radius } });
  const request = await filtered;
  const filters = JSON.parse(params(request).get('filters')!) as { region?: string };
  expect(typeof filters.region).toBe('string');
  expect([params(request).get('from'), params(request).get('to')]).toEqual([week.from, week.to]);
  await expect(page.getByTestId('dashboard-cross-filters')).toContainText('区域: ');

  // The other widgets show the filtered figures: today's orders equal what the endpoint says for that region.
  const expected = (await (await page.request.get(request.url())).json()) as DataBody;
  const todayOrders = expected.data.widgets.find((widget) => widget.key === 'today_orders')!.data!.rows[0].orders as number;
  await expect(page.getByTestId('kpi-today_orders-orders-value')).toHaveText(new Intl.NumberFormat('zh-CN').format(todayOrders));

  // Removing the tag asks for the unfiltered data again.
  const cleared = page.waitForRequest((request) => isData(request) && params(request).get('filters') === null);
  await page.getByTestId('dashboard-cross-filters').getByLabel(/移除筛选/).click();
  await cleared;
  await expect(page.getByTestId('dashboard-cross-filters')).toHaveCount(0);
});
