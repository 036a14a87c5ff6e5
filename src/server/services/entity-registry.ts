import { and, desc, eq, inArray, sql } from 'drizzle-orm';
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

const parsed = globalThis as unknown as { __parsedDefinitions?: Map<string, EntityDef> };

/**
 * The latest published version of every entity. Which version is current is read per request —
 * another process may have published since — but a published version never changes, so its
 * parsed document is kept by row id and only new versions are fetched and parsed.
 */
export async function loadRegistry(db: Db): Promise<EntityRegistry> {
  const cache = (parsed.__parsedDefinitions ??= new Map());
  const current = await db
    .selectDistinctOn([definitions.key], { id: definitions.id, key: definitions.key })
    .from(definitions)
    .where(and(eq(definitions.kind, 'entity'), eq(definitions.status, 'published')))
    .orderBy(definitions.key, desc(definitions.version));
  const missing = current.filter((row) => !cache.has(row.id)).map((row) => row.id);
  if (missing.length) {
    const rows = await db.select({ id: definitions.id, json: definitions.json }).from(definitions).where(inArray(definitions.id, missing));
    for (const row of rows) cache.set(row.id, parseEntityDef(row.json));
  }
  const entities = new Map(current.map((row) => [row.key, cache.get(row.id)!]));
  return { entities, get: (key) => entities.get(key) };
}

export function requireEntity(registry: EntityRegistry, key: string): EntityDef {
  const entity = registry.get(key);
  if (!entity) throw notFound(`Entity "${key}" does not exist`);
  return entity;
}

/** The published form of each entity (or its default form), in one query for all of them. */
export async function loadForms(db: Db, entities: EntityDef[]): Promise<Map<string, FormDef>> {
  const keys = entities.map((entity) => entity.key);
  const rows = keys.length
    ? await db
        .selectDistinctOn([definitions.key], { key: definitions.key, json: definitions.json })
        .from(definitions)
        .where(and(eq(definitions.kind, 'form'), eq(definitions.status, 'published'), inArray(definitions.key, keys)))
        .orderBy(definitions.key, desc(definitions.version))
    : [];
  const published = new Map(rows.map((row) => [row.key, parseFormDef(row.json)]));
  return new Map(entities.map((entity) => [entity.key, published.get(entity.key) ?? defaultForm(entity)]));
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
