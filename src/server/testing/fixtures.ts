import type { Db } from '../db/types';
import { readTemplateEntities } from '../bootstrap/sample-content';
import { publishEntities } from '../services/publish-entities';
import { createRecord } from '../services/create-record';
import type { Actor } from '../auth/actor';

/** The order template's entities, published into a test database. */
export async function publishOrderEntities(db: Db): Promise<void> {
  await publishEntities(db, { entities: readTemplateEntities() });
}

/** A product with its stock row; returns the product id. */
export async function createStockedProduct(db: Db, admin: Actor, product: Record<string, unknown>, onHand: number): Promise<string> {
  const created = await createRecord(db, admin, 'products', product);
  await createRecord(db, admin, 'stock', { product: created.id, on_hand: onHand });
  return created.id;
}
