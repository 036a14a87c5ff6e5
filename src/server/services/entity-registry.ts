import { and, desc, eq, sql } from 'drizzle-orm';
import { parseEntityDef, type EntityDef } from '@/engine/metadata';
import { defaultForm, type FormDef } from '@/engine/metadata/form';
import { parseFormDef } from '@/engine/metadata/parse';
import { definitions } from '../db/schema';
import type { Db } from '../db/types';
import { notFound } from '../errors';

export type EntityRegistry = {
  entities: Map<string, EntityDef>;
  get: (key: string) => EntityDef | undefined;
};

/**
 * The latest published version of every entity. Read per request rather than cached in memory:
 * another process may have published since, and versions are what decide which columns exist.
 */
export async function loadRegistry(db: Db): Promise<EntityRegistry> {
  const rows = await db
    .selectDistinctOn([definitions.key], { key: definitions.key, json: definitions.json })
    .from(definitions)
    .where(and(eq(definitions.kind, 'entity'), eq(definitions.status, 'published')))
    .orderBy(definitions.key, desc(definitions.version));
  const entities = new Map(rows.map((row) => [row.key, parseEntityDef(row.json)]));
  return { entities, get: (key) => entities.get(key) };
}

export function requireEntity(registry: EntityRegistry, key: string): EntityDef {
  const entity = registry.get(key);
  if (!entity) throw notFound(`Entity "${key}" does not exist`);
  return entity;
}

export async function loadForm(db: Db, entity: EntityDef): Promise<FormDef> {
  const json = await latestPublished(db, 'form', entity.key);
  return json ? parseFormDef(json) : defaultForm(entity);
}

export async function latestVersion(db: Db, kind: string, key: string): Promise<number> {
  const [row] = await db
    .select({ version: sql<number>`max(${definitions.version})` })
    .from(definitions)
    .where(and(eq(definitions.kind, kind), eq(definitions.key, key)));
  return Number(row?.version ?? 0);
}

export async function latestPublished(db: Db, kind: string, key: string): Promise<unknown | undefined> {
  const [row] = await db
    .select({ json: definitions.json })
    .from(definitions)
    .where(and(eq(definitions.kind, kind), eq(definitions.key, key), eq(definitions.status, 'published')))
    .orderBy(desc(definitions.version))
    .limit(1);
  return row?.json;
}
