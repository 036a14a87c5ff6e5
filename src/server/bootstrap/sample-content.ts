import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/types';
import { publishEntities } from '../services/publish-entities';

const ENTITY_DIR = path.join(process.cwd(), 'templates', 'order-management', 'entities');

export function readTemplateEntities(): unknown[] {
  return readdirSync(ENTITY_DIR)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => JSON.parse(readFileSync(path.join(ENTITY_DIR, file), 'utf8')));
}

/** Publishes the order template's entities; a no-op when they are already current. */
export async function publishSampleEntities(db: Db): Promise<void> {
  await publishEntities(db, { entities: readTemplateEntities() });
}
