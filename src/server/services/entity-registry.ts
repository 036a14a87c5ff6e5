import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { parseEntityDef, type EntityDef } from '@/engine/metadata';
import { defaultForm, type FormDef } from '@/engine/metadata/form';
import { parseFormDef } from '@/engine/metadata/parse';
import { parseWorkflowDefinition, type WorkflowDefinition } from '@/engine/workflow';
import { definitions } from '../db/schema';
import { queryRows } from '../db/sql';
import type { Db } from '../db/types';
import { notFound } from '../errors';

/** A published workflow version: `id` is its definitions row, which instances are pinned to. */
export type PublishedWorkflow = { id: string; version: number; definition: WorkflowDefinition };

export type EntityRegistry = {
  entities: Map<string, EntityDef>;
  get: (key: string) => EntityDef | undefined;
  /** The latest published version of every workflow, read in the same query as the entities. */
  workflows: PublishedWorkflow[];
};

const parsed = globalThis as unknown as { __parsedDefinitions?: Map<string, EntityDef>; __parsedWorkflows?: Map<string, WorkflowDefinition | null> };

/**
 * The latest published version of every entity. Which version is current is read per request —
 * another process may have published since — but a published version never changes, so its
 * parsed document is kept by row id and only new versions are fetched and parsed.
 */
export async function loadRegistry(db: Db): Promise<EntityRegistry> {
  const cache = (parsed.__parsedDefinitions ??= new Map());
  const workflowCache = (parsed.__parsedWorkflows ??= new Map());
  // Workflows ride along in the same query, so a write can tell whether any workflow starts on it
  // without another round trip.
  // Hand-written (see compileSql): it runs on every request, and the query builder cost more than the query.
  const rows = await queryRows<{ id: string; kind: string; key: string; version: number }>(
    db,
    sql`select distinct on (kind, key) id, kind, key, version from definitions
        where kind in ('entity', 'workflow') and status = 'published'
        order by kind, key, version desc`,
  );
  const current = rows.filter((row) => row.kind === 'entity');
  const workflowRows = rows.filter((row) => row.kind === 'workflow');
  const missing = [...current.filter((row) => !cache.has(row.id)), ...workflowRows.filter((row) => !workflowCache.has(row.id))].map((row) => row.id);
  if (missing.length) {
    const fetched = await db.select({ id: definitions.id, kind: definitions.kind, json: definitions.json }).from(definitions).where(inArray(definitions.id, missing));
    for (const row of fetched) {
      if (row.kind === 'entity') cache.set(row.id, parseEntityDef(row.json));
      else {
        // A published workflow passed validation; one that no longer parses is skipped rather than breaking every write.
        const result = parseWorkflowDefinition(row.json);
        workflowCache.set(row.id, result.success ? result.data : null);
      }
    }
  }
  const entities = new Map(current.map((row) => [row.key, cache.get(row.id)!]));
  const workflows = workflowRows.flatMap((row) => {
    const definition = workflowCache.get(row.id);
    return definition ? [{ id: row.id, version: row.version, definition }] : [];
  });
  return { entities, get: (key) => entities.get(key), workflows };
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
