import { and, desc, eq } from 'drizzle-orm';
import { canDesign } from '@/engine/auth/permissions';
import { MetadataError, parseEntityDef, type EntityDef } from '@/engine/metadata';
import type { FormDef } from '@/engine/metadata/form';
import { parseFormDef } from '@/engine/metadata/parse';
import { definitions, users } from '../../db/schema';
import type { Db } from '../../db/types';
import type { Actor } from '../../auth/actor';
import { forbidden, notFound, validationFailed } from '../../errors';
import { loadForm, loadRegistry, type EntityRegistry } from '../entity-registry';
import { resolveChildren } from './studio-children';

/**
 * What the studio edits for one entity: its fields (semantics), its form (presentation) and the
 * entities of its child tables, designed inline and published with it.
 */
export type StudioDocument = { entity: EntityDef; form: FormDef; children: EntityDef[] };
export type StudioDraft = StudioDocument & { savedAt: string | null; basedOnVersion: number | null };

/** Drafts are one row per entity, kept apart from the published versions people work with. */
export const DRAFT_KIND = 'studio_draft';
/** Each publish also keeps the whole document, so history can restore any version as a draft. */
export const SNAPSHOT_KIND = 'studio_version';

export function assertDesigner(actor: Actor): void {
  if (!canDesign(actor.grants)) throw forbidden('Only designers can open the studio');
}

/** Line-item entities are designed inside their parent's form, never on their own. */
function assertTopLevel(registry: EntityRegistry, key: string): void {
  const parent = registry.get(key)?.parent;
  if (parent) throw validationFailed(`"${key}" is a child table of "${parent}"; design it in the form of "${parent}"`);
}

function parsedAt<T>(parse: () => T, path: string): T {
  try {
    return parse();
  } catch (error) {
    if (!(error instanceof MetadataError)) throw error;
    const problems = error.problems.map((problem) => ({ ...problem, path: [path, problem.path].filter(Boolean).join('.') }));
    throw validationFailed(path ? `${path}: ${error.message}` : error.message, { problems });
  }
}

/** Child entities may be left out (drafts saved before they were designed inline): the published ones stand in. */
export function parseStudioDocument(body: unknown): Omit<StudioDocument, 'children'> & { children?: EntityDef[] } {
  const doc = body as Partial<StudioDocument> | null;
  if (doc?.children !== undefined && !Array.isArray(doc.children)) throw validationFailed('"children" must be a list of entity definitions');
  return {
    entity: parsedAt(() => parseEntityDef(doc?.entity), ''),
    form: parsedAt(() => parseFormDef(doc?.form), ''),
    children: doc?.children?.map((child, index) => parsedAt(() => parseEntityDef(child), `children.${index}`)),
  };
}

async function publishedVersion(db: Db, key: string): Promise<number | null> {
  const [row] = await db
    .select({ version: definitions.version })
    .from(definitions)
    .where(and(eq(definitions.kind, 'entity'), eq(definitions.key, key), eq(definitions.status, 'published')))
    .orderBy(desc(definitions.version))
    .limit(1);
  return row?.version ?? null;
}

/** The draft if one is saved, otherwise the published entity and form to start from. */
export async function getStudioDraft(db: Db, actor: Actor, key: string): Promise<StudioDraft> {
  assertDesigner(actor);
  const registry = await loadRegistry(db);
  assertTopLevel(registry, key);
  const [draft] = await db.select().from(definitions).where(and(eq(definitions.kind, DRAFT_KIND), eq(definitions.key, key)));
  if (draft) {
    const doc = draft.json as StudioDocument & { basedOnVersion: number | null };
    const parsed = parseStudioDocument(doc);
    const children = resolveChildren(parsed.entity, parsed.children ?? [], registry);
    return { ...parsed, children, savedAt: new Date(draft.createdAt).toISOString(), basedOnVersion: doc.basedOnVersion ?? null };
  }
  const entity = registry.get(key);
  if (!entity) throw notFound(`Entity "${key}" does not exist`);
  const children = resolveChildren(entity, [], registry);
  return { entity, form: await loadForm(db, entity), children, savedAt: null, basedOnVersion: await publishedVersion(db, key) };
}

/** Saves (replaces) the draft; nothing people use changes until it is published. */
export async function saveStudioDraft(db: Db, actor: Actor, key: string, body: unknown): Promise<StudioDraft> {
  assertDesigner(actor);
  const parsed = parseStudioDocument(body);
  if (parsed.entity.key !== key || parsed.form.entity !== key) throw validationFailed(`The draft must describe entity "${key}" and its form`);
  const registry = await loadRegistry(db);
  assertTopLevel(registry, key);
  const doc: StudioDocument = { ...parsed, children: resolveChildren(parsed.entity, parsed.children ?? [], registry) };
  const basedOnVersion = await publishedVersion(db, key);
  const json = { ...doc, basedOnVersion };
  await db.transaction(async (tx) => {
    await tx.delete(definitions).where(and(eq(definitions.kind, DRAFT_KIND), eq(definitions.key, key)));
    await tx.insert(definitions).values({ kind: DRAFT_KIND, key, version: 0, status: 'draft', json, authorId: actor.id });
  });
  return { ...doc, savedAt: new Date().toISOString(), basedOnVersion };
}

export type StudioVersion = { version: number; publishedAt: string; author: string | null };

export async function listStudioVersions(db: Db, actor: Actor, key: string): Promise<StudioVersion[]> {
  assertDesigner(actor);
  const rows = await db
    .select({ version: definitions.version, at: definitions.createdAt, author: users.username })
    .from(definitions)
    .leftJoin(users, eq(users.id, definitions.authorId))
    .where(and(eq(definitions.kind, SNAPSHOT_KIND), eq(definitions.key, key)))
    .orderBy(desc(definitions.version));
  return rows.map((row) => ({ version: row.version, publishedAt: new Date(row.at).toISOString(), author: row.author }));
}
