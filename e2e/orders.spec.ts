import { expect, test, type Page } from '@playwright/test';
import { createRecord, createStockedProduct, seedThenLogIn } from './test-data';

const option = (page: Page, text: string) => page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: text });

/** Searches a line's product picker and checks what the option tells before picking it. */
async function pickProduct(page: Page, line: number, name: string, shows: string[]) {
  const input = page.locator(`#field-product-${line}`);
  await input.click();
  await input.fill(name);
  for (const text of shows) await expect(option(page, name)).toContainText(text);
  await option(page, name).click();
}

/** The stock list filtered to one product: its on hand, reserved and available cells in that order. */
async function expectStock(page: Page, product: string, name: string, [onHand, reserved, available]: number[]) {
  const filter = JSON.stringify({ and: [{ field: 'product', op: 'eq', value: product }] });
  await page.goto(`/r/stock?filter=${encodeURIComponent(filter)}`);
  const row = page.getByTestId('record-table').locator('tbody tr.ant-table-row');
  await expect(row).toHaveCount(1);
  await expect(row.locator('td')).toHaveText([name, String(onHand), String(reserved), String(available)]);
}

test('a clerk orders from stock, is stopped by a shortage on the right line, and cancelling releases the stock', async ({ page }) => {
  // A long journey through seven pages; a busy two-core machine needs more than the default minute.
  test.setTimeout(120_000);
  const { white, black } = await seedThenLogIn(page, 'clerk', async (request) => {
    await createRecord(request, 'customers', { name: 'E2E 甘露茶庄', phone: '139 1234 5678' });
    return {
      white: await createStockedProduct(request, { sku: 'E2E-WHITE', name: 'E2E 白毫银针', unit_price: '12.50' }, 10),
      black: await createStockedProduct(request, { sku: 'E2E-BLACK', name: 'E2E 正山小种', unit_price: '20.00' }, 5),
    };
  });

  // An order of two lines: prices and availability come from the products, the total follows the typing.
  await page.goto('/r/orders/new');
  const customer = page.locator('#field-customer');
  await customer.click();
  await customer.fill('E2E 甘露');
  await expect(option(page, 'E2E 甘露茶庄')).toContainText('139 1234 5678');
  await option(page, 'E2E 甘露茶庄').click();
  await pickProduct(page, 0, 'E2E 白毫银针', ['12.50', '可用 10']);
  await expect(page.locator('#field-unit_price-0')).toHaveValue('12.50');
  await page.locator('#field-qty-0').fill('3');
  await expect(page.getByTestId('stock-hint-0')).toHaveText('可用 10');
  await page.getByTestId('add-row-lines').click();
  await pickProduct(page, 1, 'E2E 正山小种', ['20.00', '可用 5']);
  await page.locator('#field-qty-1').fill('2');
  await expect(page.locator('#field-line_amount-1')).toHaveValue('40.00');
  await expect(page.getByTestId('live-total-total_amount')).toContainText('77.50');
  await page.getByTestId('form-submit').click();

  await expect(page).toHaveURL(/\/r\/orders\/[0-9a-f-]{36}$/);
  const firstOrder = page.url();
  await expect(page.getByTestId('record-state')).toHaveText('待付款');
  await expect(page.getByText('77.50').first()).toBeVisible();
  await expectStock(page, white, 'E2E 白毫银针', [10, 3, 7]);
  await expectStock(page, black, 'E2E 正山小种', [5, 2, 3]);

  // Reserved lines are shown, not offered for editing: the server would refuse the change.
  await page.goto(`${firstOrder}/edit`);
  await expect(page.getByTestId('frozen-lines')).toBeVisible();
  await expect(page.locator('#field-qty-0')).toHaveCount(0);

  // A second order asks for more than is left: the form warns, the server refuses, the input stays.
  await page.goto('/r/orders/new');
  await page.locator('#field-customer').click();
  await page.locator('#field-customer').fill('E2E 甘露');
  await option(page, 'E2E 甘露茶庄').click();
  await pickProduct(page, 0, 'E2E 白毫银针', ['可用 7']);
  await page.locator('#field-qty-0').fill('1');
  await page.getByTestId('add-row-lines').click();
  await pickProduct(page, 1, 'E2E 正山小种', ['可用 3']);
  await page.locator('#field-qty-1').fill('6');
  await expect(page.getByTestId('stock-hint-1')).toHaveText('超出可用库存：需要 6，可用 3');
  await page.getByTestId('form-submit').click();

  await expect(page.getByTestId('stock-shortage')).toContainText('E2E 正山小种：需要 6，可用 3');
  const cell = (line: number) => page.locator('td .ant-form-item').filter({ has: page.locator(`#field-product-${line}`) });
  await expect(cell(1)).toContainText('库存不足：需要 6，可用 3');
  await expect(cell(0)).not.toContainText('库存不足');
  await expect(page).toHaveURL(/\/r\/orders\/new$/);
  await expect(page.locator('#field-qty-1')).toHaveValue('6');

  // Cancelling the first order from its page gives its stock back (leaving the unsaved form is fine).
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(firstOrder);
  await page.getByTestId('action-cancel').click();
  await page.getByTestId('action-confirm').click();
  await expect(page.getByTestId('record-state')).toHaveText('已取消');
  await expect(page.getByTestId('action-cancel')).toHaveCount(0);
  await expect(page.getByTestId('record-history').locator('.ant-timeline-item')).toHaveCount(2);
  await expectStock(page, white, 'E2E 白毫银针', [10, 0, 10]);
  await expectStock(page, black, 'E2E 正山小种', [5, 0, 5]);
});
