import { expect, test } from '@playwright/test';
import { pickOption } from './helpers';
import { createRecord, createStockedProduct, seedThenLogIn } from './test-data';

test('a clerk creates an order with a line item, finds it, edits it, sees its history and logs out', async ({ page }) => {
  await seedThenLogIn(page, 'clerk', async (request) => {
    await createRecord(request, 'customers', { name: 'E2E 华东贸易有限公司', phone: '021-6555 1234' });
    await createStockedProduct(request, { sku: 'E2E-TEA-001', name: 'E2E 西湖龙井 250g', unit_price: '168.00' }, 20);
  });

  await page.goto('/r/orders/new');
  await pickOption(page, 'field-customer', 'E2E 华东', 'E2E 华东贸易有限公司');
  await page.locator('#field-channel').click();
  // The channel's own options: the customer's list may still be fading out and match a looser locator.
  const channels = page.locator('.ant-select-dropdown:visible').filter({ has: page.locator('#field-channel_list') });
  await channels.locator('.ant-select-item-option').nth(1).click();
  await pickOption(page, 'field-product-0', 'E2E 西湖', /西湖龙井/);
  // The unit price is the product's, shown at once; the server takes its own snapshot on save.
  await expect(page.locator('#field-unit_price-0')).toHaveValue('168.00');
  await page.locator('#field-qty-0').fill('3');
  await expect(page.getByTestId('live-total-total_amount')).toContainText('504.00');
  // A draft reserves no stock, so its lines stay editable below.
  await page.getByTestId('form-submit-draft').click();

  await expect(page).toHaveURL(/\/r\/orders\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('record-state')).toHaveText('草稿');
  const orderNo = (await page.getByText(/SO-\d{8}-\d{4}/).first().textContent())!.match(/SO-\d{8}-\d{4}/)![0];
  await expect(page.getByText('504.00').first()).toBeVisible();

  await page.goto('/r/orders');
  await page.getByTestId('filter-order_no').fill(orderNo);
  await page.getByTestId('filter-search').click();
  const table = page.getByTestId('record-table');
  await expect(table.locator('tbody tr.ant-table-row')).toHaveCount(1);
  await expect(table).toContainText(orderNo);
  await expect(page).toHaveURL(/filter=/);

  await table.getByText(orderNo).click();
  await expect(page).toHaveURL(/\/r\/orders\/[0-9a-f-]{36}$/);
  await page.getByTestId('record-edit').click();
  await page.locator('#field-notes').fill('请周五前送达');
  await page.locator('#field-qty-0').fill('5');
  await expect(page.locator('#field-line_amount-0')).toHaveValue('840.00');
  await page.getByTestId('form-submit').click();

  await expect(page).toHaveURL(/\/r\/orders\/[0-9a-f-]{36}$/);
  await expect(page.getByText('请周五前送达').first()).toBeVisible();
  await expect(page.getByText('840.00').first()).toBeVisible();
  const history = page.getByTestId('record-history');
  await expect(history).toBeVisible();
  await expect(history.locator('.ant-timeline-item')).toHaveCount(2);
  await expect(history).toContainText('clerk');

  await page.getByTestId('logout').click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto('/r/orders');
  await expect(page).toHaveURL(/\/login/);
});

test('the API and pages refuse a signed-out visitor', async ({ page, request }) => {
  const response = await request.get('/api/v1/records/orders');
  expect(response.status()).toBe(401);
  expect(await response.json()).toMatchObject({ error: { code: 'unauthorized' } });
  await page.goto('/r/customers');
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
});
