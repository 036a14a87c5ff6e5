import { expect, test } from '@playwright/test';
import { logIn } from './helpers';

// The e2e server starts with demo users but no content (DEMO_CONTENT=0): a fresh database.
test('an admin installs the order template in one click, and installing again changes nothing', async ({ page }) => {
  await logIn(page, 'admin');
  await page.goto('/admin/templates');
  const card = page.getByTestId('template-order-management');
  await expect(card).toBeVisible();
  await card.getByTestId('install-order-management').click();

  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('orders');
  await expect(dialog).toContainText('order_approval');
  await expect(dialog).toContainText('low_stock_alert');
  await expect(dialog.getByTestId('template-preview-dashboards')).toContainText('sales-overview');
  await expect(dialog.getByTestId('template-sample-data')).toBeVisible();
  await dialog.getByTestId('template-apply').click();
  await expect(dialog).toBeHidden({ timeout: 60_000 });
  await expect(card).toContainText('1.2.0');
  await expect(card.getByTestId('install-order-management')).toBeDisabled();

  await page.goto('/r/products');
  await expect(page.getByTestId('record-table').locator('tbody tr.ant-table-row').first()).toBeVisible();
  const again = await page.request.post('/api/v1/templates/order-management/install', { data: { sampleData: true } });
  expect((await again.json()).status).toBe('up_to_date');
});
