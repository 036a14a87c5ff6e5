import { expect, test } from '@playwright/test';
import { pickOption } from './helpers';
import { seedThenLogIn } from './test-data';

/**
 * A designer draws a workflow of their own on orders rather than changing the template's
 * order approval, which the approval journeys rely on. Its trigger (the notes field changing) is
 * one no other journey fires.
 */
test('a designer creates an order workflow, puts an approval step between start and end, and publishes it', async ({ page }) => {
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
});
