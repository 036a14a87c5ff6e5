import type { Db } from '../db/types';
import { readTemplateEntities } from '../bootstrap/sample-content';
import { publishEntities } from '../services/publish-entities';

/** The order template's entities, published into a test database. */
export async function publishOrderEntities(db: Db): Promise<void> {
  await publishEntities(db, { entities: readTemplateEntities() });
}
