import { expect, test, type Page } from '@playwright/test';
import { approveInInbox, logIn, pickOption } from './helpers';
import { createRecord, createStockedProduct, seedThenLogIn } from './test-data';

type InboxItem = { id: string; recordId: string; nodeKey: string | null };

/** Approves the order's open task as `username` through the API, checking which step it was. */
async function approveByApi(page: Page, username: string, orderId: string, nodeKey: string) {
  await page.context().clearCookies();
  await logIn(page, username);
  const inbox = (await (await page.request.get('/api/v1/tasks?box=todo&pageSize=100')).json()) as { data: InboxItem[] };
  const task = inbox.data.find((item) => item.recordId === orderId);
  expect(task?.nodeKey).toBe(nodeKey);
  const response = await page.request.post(`/api/v1/tasks/${task?.id}/actions/approve`, { data: {} });
  expect(response.status(), await response.text()).toBe(200);
}

async function orderState(page: Page, orderId: string): Promise<{ status: string; order_no: string }> {
  return (await (await page.request.get(`/api/v1/records/orders/${orderId}`)).json()) as { status: string; order_no: string };
}

/**
 * A designer draws a workflow of their own on orders rather than changing the template's
 * order approval, which the approval journeys rely on. Its trigger (the notes field changing) is
 * one no other journey fires.
 */
test('a designer creates an order workflow, puts an approval step between start and end, publishes it, and re-points a connection by dragging its end', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await seedThenLogIn(page, 'designer', async () => null);
  const key = `e2e_flow_${Date.now().toString(36)}`;

  await page.goto('/studio');
  await page.getByTestId('studio-open-workflows').click();
  await expect(page.getByTestId('wf-list')).toBeVisible();
  await page.getByTestId('wf-create').click();
  await page.getByTestId('wf-create-key').fill(key);
  await page.getByTestId('wf-create-name-zh').fill('备注变更审批');
  await page.getByTestId('wf-create-name-en').fill('Notes change approval');
  await pickOption(page, 'entity', 'orders');
  await pickOption(page, 'triggerKind', '字段变化时');
  await pickOption(page, 'field', 'notes');
  await page.getByTestId('wf-create-submit').click();
  await expect(page).toHaveURL(new RegExp(`/studio/workflows/${key}$`));

  // The new workflow is start → end; selecting that connection makes a palette click insert into it.
  await expect(page.getByTestId('wf-node-start')).toBeVisible();
  await expect(page.getByTestId('wf-node-end')).toBeVisible();
  await expect(page.getByTestId('wf-problems-none')).toBeVisible();
  await page.locator('.react-flow__edge').first().click({ force: true });
  await expect(page.getByTestId('wf-edge-panel')).toBeVisible();
  await page.getByTestId('wf-palette-approval').click();
  await expect(page.getByTestId('wf-node-approval_1')).toBeVisible();
  await expect(page.getByTestId('wf-node-panel')).toHaveAttribute('data-node', 'approval_1');

  // Without approvers the node is flagged on the canvas and publishing is refused with the list.
  await expect(page.getByTestId('wf-node-approval_1')).toHaveAttribute('aria-invalid', 'true');
  await page.getByTestId('wf-publish').click();
  await page.getByTestId('wf-publish-confirm').click();
  await expect(page.getByTestId('wf-error')).toContainText('还没有设置审批人');

  await page.getByTestId('wf-node-name-zh').fill('财务复核');
  await page.getByTestId('wf-node-name-en').fill('Finance review');
  await page.getByTestId('wf-approvers-add').click();
  await pickOption(page, 'wf-approvers-0-kind', '角色');
  await pickOption(page, 'wf-approvers-0-role', 'finance');
  await page.getByText('按比例', { exact: true }).click();
  await page.getByTestId('wf-approval-ratio').fill('60');
  await expect(page.getByTestId('wf-node-approval_1')).toContainText('财务复核');
  await expect(page.getByTestId('wf-node-approval_1')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('wf-problems-none')).toBeVisible();

  await page.getByTestId('wf-json').click();
  await expect(page.getByTestId('wf-json-view')).toContainText('"ratioPercent": 60');
  await expect(page.getByTestId('wf-json-view')).toContainText('"role": "finance"');
  await page.keyboard.press('Escape');

  // Ctrl+S saves the draft.
  await expect(page.getByTestId('wf-dirty')).toHaveText('有未保存的修改');
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('wf-dirty')).toHaveText('已保存');

  await page.getByTestId('wf-publish').click();
  await page.getByTestId('wf-publish-confirm').click();
  await expect(page.getByTestId('wf-status')).toHaveText('已发布 v1');
  await expect(page.getByTestId('wf-node-approval_1')).toContainText('财务复核');

  await page.getByTestId('wf-versions-open').click();
  await expect(page.getByTestId('wf-version-1')).toBeVisible();
  await page.getByTestId('wf-version-view-1').click();
  await expect(page.getByTestId('wf-version-json')).toContainText('"approval_1"');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('wf-version-json')).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('wf-versions')).toBeHidden();

  // Dragging the arrow end of start → 财务复核 onto the end node re-points it: the step is now
  // skipped, and the designer says so on the node.
  const arrowEnd = page.locator('.react-flow__edge[aria-label="Edge from start to approval_1"] .react-flow__edgeupdater-target');
  const endHandle = page.locator('.react-flow__handle.target[data-nodeid="end"]');
  const from = (await arrowEnd.boundingBox())!;
  const to = (await endHandle.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 });
  await page.mouse.up();
  await expect(page.locator('.react-flow__edge[aria-label="Edge from start to end"]')).toHaveCount(1);
  await expect(page.locator('.react-flow__edge[aria-label="Edge from start to approval_1"]')).toHaveCount(0);
  await expect(page.getByTestId('wf-node-approval_1')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('wf-dirty')).toHaveText('有未保存的修改');
});

/**
 * Runs last among the journeys: it changes the template's order approval, which the approval
 * journey (alphabetically earlier) relies on.
 */
test('a step added to the order approval and published applies to the next order, while a running one keeps its old path', async ({ page }) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  const { customer, product } = await seedThenLogIn(page, 'clerk', async (request) => ({
    customer: await createRecord(request, 'customers', { name: 'E2E 版本客户' }),
    product: await createStockedProduct(request, { sku: 'E2E-VERSION', name: 'E2E 版本茶', unit_price: '1000.00' }, 100),
  }));
  // The studio journey (earlier) makes its "delivery note" required on orders over 1,000.
  const view = (await (await page.request.get('/api/v1/entities/orders')).json()) as { entity: { fields: Array<{ id: string; label: { 'zh-CN': string } }> } };
  const note = view.entity.fields.find((field) => field.label['zh-CN'] === '送货备注');
  const submitLargeOrder = async () => {
    const id = await createRecord(page.request, 'orders', { customer, status: 'draft', lines: [{ product, qty: 12 }], ...(note ? { [note.id]: 'E2E' } : {}) });
    const submitted = await page.request.post(`/api/v1/records/orders/${id}/actions/submit`, { data: {} });
    expect(submitted.status(), await submitted.text()).toBe(200);
    return id;
  };
  const running = await submitLargeOrder();

  // The designer puts a purchasing check between finance and the end, and publishes.
  await page.context().clearCookies();
  await logIn(page, 'designer');
  await page.goto('/studio/workflows/order_approval');
  await expect(page.getByTestId('wf-node-finance')).toBeVisible();
  await page.getByTestId('rf__edge-e_finance').click({ force: true });
  await expect(page.getByTestId('wf-edge-panel')).toBeVisible();
  await page.getByTestId('wf-palette-approval').click();
  await expect(page.getByTestId('wf-node-panel')).toHaveAttribute('data-node', 'approval_1');
  await page.getByTestId('wf-node-name-zh').fill('采购确认');
  await page.getByTestId('wf-node-name-en').fill('Purchasing check');
  await page.getByTestId('wf-approvers-add').click();
  await pickOption(page, 'wf-approvers-0-kind', '角色');
  await pickOption(page, 'wf-approvers-0-role', 'purchasing');
  await expect(page.getByTestId('wf-problems-none')).toBeVisible();
  await page.getByTestId('wf-publish').click();
  await page.getByTestId('wf-publish-confirm').click();
  await expect(page.getByTestId('wf-status')).toHaveText(/已发布 v\d+/);

  await page.context().clearCookies();
  await logIn(page, 'clerk');
  const next = await submitLargeOrder();

  // The order submitted before publishing ends after finance, as its version said.
  await approveByApi(page, 'manager', running, 'sales_manager');
  await approveByApi(page, 'finance', running, 'finance');
  expect((await orderState(page, running)).status).toBe('pending_payment');

  // The next order also waits for purchasing, who approves it in the inbox.
  await approveByApi(page, 'manager', next, 'sales_manager');
  await approveByApi(page, 'finance', next, 'finance');
  const { status, order_no: orderNo } = await orderState(page, next);
  expect(status).toBe('pending_approval');
  await approveInInbox(page, 'purchasing', orderNo);
  await page.goto(`/r/orders/${next}`);
  await expect(page.getByTestId('record-state')).toHaveText('待付款');
  await expect(page.getByTestId('record-workflows')).toContainText('采购确认');
});
