import { expect, test } from '@playwright/test';
import { approveInInbox } from './helpers';
import { createRecord, createStockedProduct, seedThenLogIn } from './test-data';

test('a 12,000 order waits for the sales manager and then finance in their inboxes, and then awaits payment', async ({ page }) => {
  const { customer, teapot } = await seedThenLogIn(page, 'clerk', async (request) => ({
    customer: await createRecord(request, 'customers', { name: 'E2E 大客户' }),
    teapot: await createStockedProduct(request, { sku: 'E2E-POT', name: 'E2E 紫砂壶', unit_price: '1000.00' }, 50),
  }));
  // The clerk's own draft, submitted from the order page.
  const draftId = await createRecord(page.request, 'orders', { customer, status: 'draft', lines: [{ product: teapot, qty: 12 }] });
  const orderNo = ((await (await page.request.get(`/api/v1/records/orders/${draftId}`)).json()) as { order_no: string }).order_no;
  await page.goto(`/r/orders/${draftId}`);
  await page.getByTestId('action-submit').click();
  await expect(page.getByTestId('record-state')).toHaveText('待审批');
  await expect(page.getByTestId('record-workflows')).toContainText('大额订单审批审批中');

  await approveInInbox(page, 'manager', orderNo);
  await approveInInbox(page, 'finance', orderNo);

  await page.goto(`/r/orders/${draftId}`);
  await expect(page.getByTestId('record-state')).toHaveText('待付款');
  await expect(page.getByTestId('record-workflows')).toContainText('大额订单审批已同意');
  await expect(page.getByTestId('record-workflows')).toContainText('财务审批');
});
