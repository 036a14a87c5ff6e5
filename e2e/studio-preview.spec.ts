import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { createRecord, createStockedProduct, seedThenLogIn } from './test-data';

const option = (frame: FrameLocator, text: string) => frame.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: text });

async function pick(frame: FrameLocator, inputId: string, search: string) {
  const input = frame.locator(`#${inputId}`);
  await input.click();
  await input.fill(search);
  await option(frame, search).first().click();
}

/** How wide a field's grid cell is, as a share of its row, measured inside the frame's own window. */
async function cellShare(frame: FrameLocator, fieldId: string): Promise<number> {
  return frame.locator('.ant-col-xs-24', { has: frame.locator(`#${fieldId}`) }).evaluate((cell) => cell.getBoundingClientRect().width / cell.parentElement!.getBoundingClientRect().width);
}

async function frameWindowWidth(page: Page): Promise<number | undefined> {
  return page.frame({ url: /\/studio\/orders\/preview$/ })?.evaluate(() => window.innerWidth);
}

test('a designer previews the unsaved order form at desktop and phone widths, and nothing can be saved from it', async ({ page }) => {
  test.setTimeout(120_000);
  await seedThenLogIn(page, 'designer', async (request) => {
    await createRecord(request, 'customers', { name: 'E2E 预览客户' });
    await createStockedProduct(request, { sku: 'E2E-PREVIEW', name: 'E2E 预览茶', unit_price: '8.00' }, 20);
  });
  const written: string[] = [];
  page.on('request', (request) => {
    if (request.method() !== 'GET' && /\/api\/v1\/records\//.test(request.url())) written.push(`${request.method()} ${request.url()}`);
  });

  await page.goto('/studio/orders');
  await page.getByTestId('studio-field-notes').click();
  await page.getByTestId('property-label-zh').fill('预览备注');
  await expect(page.getByTestId('studio-dirty')).toHaveText('有未保存的修改');

  await page.getByTestId('studio-preview').click();
  const iframe = page.getByTestId('studio-preview-frame');
  const frame = page.frameLocator('[data-testid="studio-preview-frame"]');
  await expect(frame.getByTestId('studio-preview-banner')).toContainText('不会保存');
  const form = frame.locator('form');
  await expect(form).toContainText('客户');
  await expect(form).toContainText('订单明细');
  await expect(form).toContainText('预览备注');

  // Desktop: a 1280 px window, shrunk to fit the dialog; the section keeps its two columns.
  await expect(iframe).toHaveAttribute('data-device', 'desktop');
  expect(await iframe.evaluate((element) => element.clientWidth)).toBe(1280);
  expect(await frameWindowWidth(page)).toBe(1280);
  await expect.poll(() => cellShare(frame, 'field-customer')).toBeLessThan(0.6);

  // Phone: the same frame, now a 390 px window, and the grid falls to one column.
  await page.getByTestId('studio-preview-phone').click();
  await expect(iframe).toHaveAttribute('data-device', 'phone');
  await expect.poll(() => iframe.evaluate((element) => element.clientWidth)).toBe(390);
  await expect.poll(() => frameWindowWidth(page)).toBe(390);
  await expect.poll(() => cellShare(frame, 'field-customer')).toBeGreaterThan(0.95);

  // The runtime's own validation runs: the new order's empty first line is refused, and nothing goes to the server.
  await pick(frame, 'field-customer', 'E2E 预览客户');
  await frame.getByTestId('form-submit').click();
  await expect(form).toContainText('请填写产品');

  // A valid order is accepted by the form, but the preview saves nothing and stays where it is.
  await pick(frame, 'field-product-0', 'E2E 预览茶');
  await frame.locator('#field-qty-0').fill('2');
  await frame.getByTestId('form-submit').click();
  await expect(frame.locator('.ant-message')).toContainText('仅预览');
  expect(page.frame({ url: /\/studio\/orders\/preview$/ })).toBeTruthy();
  expect(written).toEqual([]);

  // Closing the preview leaves the design as it was: still unsaved.
  await page.locator('.ant-modal-close').click();
  await expect(iframe).toHaveCount(0);
  await expect(page.getByTestId('studio-dirty')).toHaveText('有未保存的修改');
});
