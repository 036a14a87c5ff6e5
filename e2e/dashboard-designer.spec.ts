import { expect, test, type Page } from '@playwright/test';
import { logIn } from './helpers';
import { createRecord, createStockedProduct, seedThenLogIn } from './test-data';

/** Picks an option of the antd Select carrying `testId`. */
async function choose(page: Page, testId: string, option: string | RegExp) {
  await page.getByTestId(testId).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: option }).first().click();
}

/**
 * Picks `option` in the multiple Select carrying `testId` until its tag shows: the role list
 * arrives after the dialog opens, and a click that lands while it re-renders picks nothing.
 */
async function chooseTag(page: Page, testId: string, option: string) {
  const tag = page.getByTestId(testId).locator('.ant-select-selection-item').filter({ hasText: option });
  await expect(async () => {
    if ((await tag.count()) === 0) await choose(page, testId, option);
    await expect(tag).toHaveCount(1, { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
}

test('a designer builds a dashboard with an orders-by-status bar chart and a status filter, publishes it, and a manager sees and uses them', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1400, height: 950 });
  await seedThenLogIn(page, 'designer', async (request) => {
    const customer = await createRecord(request, 'customers', { name: 'E2E 设计器客户', region: 'east' });
    const mug = await createStockedProduct(request, { sku: 'E2E-DD-MUG', name: 'E2E 设计器杯', unit_price: '10.00' }, 50);
    for (let i = 0; i < 2; i += 1) await createRecord(request, 'orders', { customer, status: 'draft', lines: [{ product: mug, qty: 1 }] });
  });
  const key = `e2e-board-${Date.now().toString(36)}`;

  await page.goto('/studio');
  await page.getByTestId('studio-open-dashboards').click();
  await expect(page.getByTestId('dd-list')).toBeVisible();
  await page.getByTestId('dd-create').click();
  await page.getByTestId('dd-create-key').fill(key);
  await page.getByTestId('dd-create-name-zh').fill('订单看板');
  await page.getByTestId('dd-create-name-en').fill('Orders board');
  await chooseTag(page, 'dd-create-roles', '销售经理');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: '创建' }).click();
  await expect(page).toHaveURL(new RegExp(`/studio/dashboards/${key}$`));

  // A new widget: orders counted, grouped by status, drawn as bars.
  await page.getByTestId('dd-add-widget').click();
  await expect(page.getByTestId('dd-widget-widget_1')).toBeVisible();
  await page.getByTestId('dd-widget-title-zh').fill('订单状态');
  await choose(page, 'dd-entity', /^订单$/);
  await choose(page, 'dd-visual', /^柱状图$/);
  await choose(page, 'dd-add-dimension', /^状态$/);
  await expect(page.getByTestId('dd-dimension-field-0')).toBeVisible();
  // The live preview runs the unsaved widget and draws it on a canvas.
  await expect(page.getByTestId('dd-preview')).toHaveAttribute('data-state', 'ready');
  await expect(page.getByTestId('dd-preview').locator('canvas')).toHaveCount(1);
  await expect(page.getByTestId('dd-dirty')).toBeVisible();

  // Resize by dragging the corner handle: two columns wider is an edit of the position.
  const card = page.getByTestId('dd-widget-widget_1');
  const handle = card.locator('.react-resizable-handle');
  const box = (await handle.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + 200, box.y + 40, { steps: 8 });
  await page.mouse.up();

  // A field filter on the orders' status, so a viewer can narrow the board by it.
  await page.getByTestId('dd-filters-open').click();
  await page.getByTestId('dd-filters-add').click();
  await choose(page, 'dd-filter-entity-0', /^订单$/);
  await choose(page, 'dd-filter-field-0', /^状态$/);
  await expect(page.getByTestId('dd-filter-label-zh-0')).toHaveValue('状态');
  await page.getByTestId('dd-filter-label-zh-0').fill('订单状态');
  await expect(page.getByTestId('dd-filter-0')).toContainText('订单状态');
  await page.getByTestId('dd-filters').locator('.ant-drawer-close').click();
  await expect(page.getByTestId('dd-filters')).toBeHidden();

  const published = page.waitForResponse((response) => response.url().endsWith(`/api/v1/dashboards/${key}/publish`));
  await page.getByTestId('dd-publish').click();
  expect((await published).status()).toBe(200);
  await expect(page.getByText('已发布 v1').first()).toBeVisible();
  const saved = (await (await page.request.get(`/api/v1/dashboards/${key}`)).json()) as { data: { roles: string[]; filters: { fields: unknown[] }; widgets: Array<{ position: { w: number }; dataset: { entity: string; dimensions: Array<{ field: string }> }; visual: { type: string } }> } };
  expect(saved.data.roles).toEqual(['manager']);
  expect(saved.data.widgets).toHaveLength(1);
  expect(saved.data.widgets[0]).toMatchObject({ dataset: { entity: 'orders', dimensions: [{ field: 'status' }] }, visual: { type: 'bar' } });
  expect(saved.data.widgets[0].position.w).toBeGreaterThan(12);
  expect(saved.data.filters.fields).toMatchObject([{ key: 'filter_1', entity: 'orders', field: 'status', label: { 'zh-CN': '订单状态' } }]);

  await page.context().clearCookies();
  await logIn(page, 'manager');
  await page.goto(`/dashboards/${key}`);
  await expect(page.getByTestId('widget-chart-widget_1').locator('canvas')).toHaveCount(1);
  // The designer's filter is there for the manager, and picking a status asks for data narrowed by it.
  const narrowed = page.waitForRequest((request) => request.url().includes(`/api/v1/dashboards/${key}/data`) && request.url().includes('filters='));
  await choose(page, 'dashboard-filter-filter_1', '草稿');
  expect(JSON.parse(new URL((await narrowed).url()).searchParams.get('filters')!)).toEqual({ filter_1: ['draft'] });
});
