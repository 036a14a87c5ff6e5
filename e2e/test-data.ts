import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { ensureOrderTemplate, logIn } from './helpers';

type Fields = Record<string, unknown>;

/** Creates a record through the REST API with the page's session; returns its id. */
export async function createRecord(request: APIRequestContext, entity: string, data: Fields): Promise<string> {
  const response = await request.post(`/api/v1/records/${entity}`, { data });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

/** A product with a stock record holding `onHand`, so quantities in a journey do not depend on the demo seed. */
export async function createStockedProduct(request: APIRequestContext, product: Fields, onHand: number): Promise<string> {
  const id = await createRecord(request, 'products', product);
  await createRecord(request, 'stock', { product: id, on_hand: onHand });
  return id;
}

/**
 * Runs `seed` as the admin (who may create products and stock), then signs in as `username`.
 * Journeys bring their own records: the demo seed changes with the template.
 */
export async function seedThenLogIn<T>(page: Page, username: string, seed: (request: APIRequestContext) => Promise<T>): Promise<T> {
  await logIn(page, 'admin');
  await ensureOrderTemplate(page);
  const result = await seed(page.request);
  await page.context().clearCookies();
  await logIn(page, username);
  return result;
}
