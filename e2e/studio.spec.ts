import { expect, test } from '@playwright/test';
import { ensureOrderTemplate, logIn } from './helpers';

test('a designer drags a text field onto the order form, names it and publishes; a clerk then sees it', async ({ page }) => {
  await logIn(page, 'admin');
  await ensureOrderTemplate(page);
  await page.context().clearCookies();
  await logIn(page, 'designer');

  await page.goto('/studio');
  await page.getByTestId('studio-open-orders').click();
  await expect(page).toHaveURL(/\/studio\/orders$/);

  const section = page.getByTestId('studio-section-main');
  await expect(section).toBeVisible();
  const source = await page.getByTestId('palette-text').boundingBox();
  const target = await section.boundingBox();
  if (!source || !target) throw new Error('palette item or section not laid out');

  // dnd-kit's pointer sensor starts after a few pixels of movement, so move in steps.
  await page.mouse.move(source.x + source.width / 2, source.y + source.height / 2);
  await page.mouse.down();
  await page.mouse.move(source.x + source.width / 2 + 10, source.y + source.height / 2, { steps: 5 });
  await page.mouse.move(target.x + target.width / 2, target.y + 40, { steps: 15 });
  await page.mouse.move(target.x + target.width / 2, target.y + 44, { steps: 3 });
  await page.mouse.up();

  const labelZh = page.getByTestId('property-label-zh');
  await expect(labelZh).toHaveValue('新字段');
  const key = await page.getByTestId('property-key').inputValue();
  expect(key).toMatch(/^field_\d+$/);
  await expect(section.getByTestId(`studio-field-${key}`)).toBeVisible();
  await expect(page.getByTestId('studio-dirty')).toHaveText('有未保存的修改');

  await labelZh.fill('送货备注');
  await expect(page.getByTestId(`studio-field-${key}`)).toContainText('送货备注');

  // Keyboard: Space picks the card up, an arrow moves it, Space drops it; announcements use labels.
  const cards = section.locator('[data-testid^="studio-field-"]');
  const order = async () => cards.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-testid')));
  const before = await order();
  const card = page.getByTestId(`studio-field-${key}`);
  await card.focus();
  await page.keyboard.press('Space');
  await expect(page.locator('[id^="DndLiveRegion"]')).toContainText('已拿起字段 送货备注');
  await page.keyboard.press(before.indexOf(`studio-field-${key}`) === 0 ? 'ArrowDown' : 'ArrowUp');
  await page.keyboard.press('Space');
  await expect.poll(order).not.toEqual(before);
  await page.getByTestId('studio-undo').click();
  await expect.poll(order).toEqual(before);

  await page.getByTestId('studio-publish').click();
  await page.getByTestId('studio-publish-confirm').click();
  await expect(page.getByText(/已发布版本 \d+/)).toBeVisible();
  await expect(page.getByTestId('studio-error')).toHaveCount(0);
  await expect(page.getByTestId('studio-dirty')).toHaveText('已保存');

  await page.context().clearCookies();
  await logIn(page, 'clerk');
  await page.goto('/r/orders/new');
  await expect(page.getByText('送货备注', { exact: true })).toBeVisible();
});
