import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = process.env.DEMO_PASSWORD ?? 'demo1234';

export async function logIn(page: Page, username: string): Promise<void> {
  await page.goto('/login');
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(DEMO_PASSWORD);
  await page.locator('#password').press('Enter');
  await expect(page).not.toHaveURL(/\/login/);
}

/** Picks an option in an antd Select whose input has the given id, typing to search first. */
export async function pickOption(page: Page, inputId: string, search: string, optionText: string | RegExp = search): Promise<void> {
  const input = page.locator(`#${inputId}`);
  await input.click();
  await input.fill(search);
  const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: optionText }).first();
  await option.click();
}

/** Installs the order template (idempotent) with the signed-in admin's session. */
export async function ensureOrderTemplate(page: Page): Promise<void> {
  const response = await page.request.post('/api/v1/templates/order-management/install', { data: { sampleData: true } });
  expect(response.status(), await response.text()).toBe(200);
}

/** Signs in as `username`, opens the first to-do task for the order `orderNo` and approves it. */
export async function approveInInbox(page: Page, username: string, orderNo: string) {
  await page.context().clearCookies();
  await logIn(page, username);
  await page.goto('/inbox');
  await expect(page.getByTestId('inbox-count-todo')).not.toHaveText('0');
  const row = page.getByTestId('inbox-table').locator('tr').filter({ hasText: orderNo });
  await row.getByRole('link').first().click();
  await expect(page.getByTestId('task-record')).toContainText(orderNo);
  await page.getByTestId('task-action-approve').click();
  await expect(page).toHaveURL(/\/inbox(\?|$)/);
}
