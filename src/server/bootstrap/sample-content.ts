import type { Db } from '../db/types';
import { publishEntities } from '../services/publish-entities';
import { loadTemplate } from '../services/templates/load-template';

/** The order template's entity definitions, as documents (tests change and republish them). */
export function readTemplateEntities(): unknown[] {
  return loadTemplate('order-management').entities;
}

export async function publishSampleEntities(db: Db): Promise<void> {
  await publishEntities(db, { entities: readTemplateEntities() });
}
