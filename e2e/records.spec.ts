import { expect, test } from '@playwright/test';
import { logIn, pickOption } from './helpers';

test('a clerk creates an order with a line item, finds it, edits it, sees its history and logs out', async ({ page }) => {
  await logIn(page, 'clerk');

  await page.goto('/r/orders/new');
  await pickOption(page, 'field-customer', '华东', '华东贸易有限公司');
  await page.locator('#field-channel').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').nth(1).click();
  await pickOption(page, 'field-product-0', '龙井', /西湖龙井/);
  await page.locator('#field-unit_price-0').fill('168.00');
  await page.locator('#field-qty-0').fill('3');
  await page.getByTestId('form-submit').click();

  await expect(page).toHaveURL(/\/r\/orders\/[0-9a-f-]{36}$/);
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
