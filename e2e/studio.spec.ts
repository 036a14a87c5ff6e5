import { expect, test, type Page } from '@playwright/test';
import { logIn, pickOption } from './helpers';
import { createRecord, createStockedProduct, seedThenLogIn } from './test-data';

/** dnd-kit's pointer sensor starts after a few pixels of movement, so the pointer moves in steps. */
async function dragWithMouse(page: Page, sourceTestId: string, targetTestId: string) {
  const source = await page.getByTestId(sourceTestId).boundingBox();
  const target = await page.getByTestId(targetTestId).boundingBox();
  if (!source || !target) throw new Error('palette item or section not laid out');
  await page.mouse.move(source.x + source.width / 2, source.y + source.height / 2);
  await page.mouse.down();
  await page.mouse.move(source.x + source.width / 2 + 10, source.y + source.height / 2, { steps: 5 });
  await page.mouse.move(target.x + target.width / 2, target.y + 40, { steps: 15 });
  await page.mouse.move(target.x + target.width / 2, target.y + 44, { steps: 3 });
  await page.mouse.up();
}

/**
 * dnd-kit measures the drop targets just after a keyboard pick-up; an arrow pressed before that
 * moves nothing, so the arrow is pressed again until the move is announced.
 */
async function pressUntilAnnounced(page: Page, key: string, announcement: string) {
  const live = page.locator('[id^="DndLiveRegion"]');
  await expect(async () => {
    await page.keyboard.press(key);
    await expect(live).toContainText(announcement, { timeout: 1000 });
  }).toPass({ timeout: 10_000 });
}

test('a designer adds a required-when field with the mouse and another with the keyboard; a clerk must fill it on a large order', async ({ page }) => {
  test.setTimeout(180_000);
  const { product } = await seedThenLogIn(page, 'designer', async (request) => {
    await createRecord(request, 'customers', { name: 'E2E 设计客户' });
    return { product: await createStockedProduct(request, { sku: 'E2E-DESIGN', name: 'E2E 设计茶', unit_price: '600.00' }, 50) };
  });
  expect(product).toBeTruthy();

  await page.goto('/studio');
  await page.getByTestId('studio-open-orders').click();
  await expect(page).toHaveURL(/\/studio\/orders$/);
  const section = page.getByTestId('studio-section-main');
  await expect(section).toBeVisible();

  await dragWithMouse(page, 'palette-text', 'studio-section-main');
  const labelZh = page.getByTestId('property-label-zh');
  await expect(labelZh).toHaveValue('新字段');
  const key = await page.getByTestId('property-key').inputValue();
  expect(key).toMatch(/^field_\d+$/);
  await expect(section.getByTestId(`studio-field-${key}`)).toBeVisible();
  await expect(page.getByTestId('studio-dirty')).toHaveText('有未保存的修改');
  await labelZh.fill('送货备注');
  await page.getByTestId('property-label-en').fill('Delivery note');
  await expect(page.getByTestId(`studio-field-${key}`)).toContainText('送货备注');

  // Required when the order total is over 1,000, built from lists rather than typed as code.
  await page.getByText('规则', { exact: true }).click();
  const requiredWhen = page.getByTestId('rule-required-when');
  await expect(requiredWhen).toBeVisible();
  // A click landing while the section is still unfolding can miss the button, so it is repeated until the row exists.
  const firstCondition = page.locator('#required-when-field-0');
  await expect(async () => {
    if ((await firstCondition.count()) === 0) await requiredWhen.getByTestId('rule-add-condition').click();
    await expect(firstCondition).toBeVisible({ timeout: 2000 });
  }).toPass({ timeout: 20_000 });
  await pickOption(page, 'required-when-field-0', '订单金额');
  await pickOption(page, 'required-when-operator-0', '大于');
  await requiredWhen.getByTestId('rule-value-0').fill('1000');
  await expect(requiredWhen.getByTestId('rule-sentence')).toContainText('订单金额');
  await expect(requiredWhen.getByTestId('rule-sentence')).toContainText('1000');

  // Keyboard only: Space picks a palette item up, an arrow carries it onto the canvas, Space drops it.
  const cards = section.locator('[data-testid^="studio-field-"]');
  const order = async () => cards.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-testid')));
  const countBefore = (await order()).length;
  await page.getByTestId('palette-number').focus();
  await page.keyboard.press('Space');
  await expect(page.locator('[id^="DndLiveRegion"]')).toContainText('数字');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  await expect.poll(async () => (await order()).length).toBe(countBefore + 1);
  const numberKey = await page.getByTestId('property-key').inputValue();
  expect(numberKey).not.toBe(key);

  // …and reorders it: announcements name the field by its label.
  const before = await order();
  await page.getByTestId(`studio-field-${numberKey}`).focus();
  await page.keyboard.press('Space');
  await expect(page.locator('[id^="DndLiveRegion"]')).toContainText('已拿起字段 新字段');
  await pressUntilAnnounced(page, before.indexOf(`studio-field-${numberKey}`) === 0 ? 'ArrowDown' : 'ArrowUp', '移到了字段');
  await page.keyboard.press('Space');
  await expect.poll(order).not.toEqual(before);
  await page.getByTestId('studio-undo').click();
  await expect.poll(order).toEqual(before);

  await page.getByTestId('studio-publish').click();
  await page.getByTestId('studio-publish-confirm').click();
  await expect(page.getByText(/已发布版本 \d+/)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('studio-error')).toHaveCount(0);
  await expect(page.getByTestId('studio-dirty')).toHaveText('已保存');

  // The clerk sees the field; it becomes required once the total passes 1,000.
  await page.context().clearCookies();
  await logIn(page, 'clerk');
  await page.goto('/r/orders/new');
  await expect(page.getByText('送货备注', { exact: true })).toBeVisible();
  await pickOption(page, 'field-customer', 'E2E 设计客户');
  await pickOption(page, 'field-product-0', 'E2E 设计茶');
  await page.locator('#field-qty-0').fill('1');
  const noteItem = page.locator('.ant-form-item').filter({ has: page.locator(`#field-${key}`) });
  await expect(noteItem.locator('.ant-form-item-required')).toHaveCount(0);
  await page.locator('#field-qty-0').fill('2');
  await expect(page.getByTestId('live-total-total_amount')).toContainText('1,200.00');
  await expect(noteItem.locator('.ant-form-item-required')).toHaveCount(1);
  await page.getByTestId('form-submit').click();
  await expect(noteItem).toContainText('送货备注');
  await expect(noteItem.locator('.ant-form-item-explain-error')).toBeVisible();
  await expect(page).toHaveURL(/\/r\/orders\/new$/);

  await page.locator(`#field-${key}`).fill('放在前台');
  await page.getByTestId('form-submit').click();
  await expect(page).toHaveURL(/\/r\/orders\/[0-9a-f-]{36}$/);
  const id = page.url().split('/').pop()!;
  const stored = await page.request.get(`/api/v1/records/orders/${id}`);
  expect(((await stored.json()) as Record<string, unknown>)[key]).toBe('放在前台');
});
