import { and, eq } from 'drizzle-orm';
import { definitions } from '../../db/schema';
import type { Db } from '../../db/types';
import type { Actor } from '../../auth/actor';
import { conflict, mapDbErrors, notFound } from '../../errors';
import { latestVersion } from '../entity-registry';
import { publishInTransaction } from '../publish-entities';
import { DRAFT_KIND, SNAPSHOT_KIND, assertDesigner, getStudioDraft, saveStudioDraft, type StudioDocument } from './form-drafts';

export type StudioPublishResult = { version: number; entityVersion: number | null };

/**
 * Publishes the draft in one transaction: the entity version and its ALTER TABLE, the form
 * version, and a snapshot for history. Existing records keep their data; a removed field is only
 * hidden; a type change is refused with the reason. A draft based on an older version than the
 * one now published is refused (someone else published meanwhile).
 */
export async function publishStudioDraft(db: Db, actor: Actor, key: string): Promise<StudioPublishResult> {
  assertDesigner(actor);
  const draft = await getStudioDraft(db, actor, key);
  if (!draft.savedAt) throw notFound(`There is no saved draft for "${key}"`);
  return mapDbErrors(() =>
    db.transaction(async (tx) => {
      const current = await latestVersion(tx, 'entity', key);
      if (draft.basedOnVersion !== null && current !== draft.basedOnVersion) {
        throw conflict(`Version ${current} was published after this draft was started from version ${draft.basedOnVersion}; reload it and apply your changes again`);
      }
      const result = await publishInTransaction(tx, { entities: [draft.entity], forms: [draft.form], authorId: actor.id });
      const version = (await latestVersion(tx, SNAPSHOT_KIND, key)) + 1;
      const snapshot: StudioDocument = { entity: draft.entity, form: draft.form };
      await tx.insert(definitions).values({ kind: SNAPSHOT_KIND, key, version, status: 'published', json: snapshot, authorId: actor.id });
      await tx.delete(definitions).where(and(eq(definitions.kind, DRAFT_KIND), eq(definitions.key, key)));
      return { version, entityVersion: result.published.find((entry) => entry.key === key)?.version ?? null };
    }),
  );
}

/** Copies a published version into the draft; publishing it brings hidden fields (and their data) back. */
export async function restoreStudioVersion(db: Db, actor: Actor, key: string, version: number): Promise<void> {
  assertDesigner(actor);
  const [row] = await db
    .select({ json: definitions.json })
    .from(definitions)
    .where(and(eq(definitions.kind, SNAPSHOT_KIND), eq(definitions.key, key), eq(definitions.version, version)));
  if (!row) throw notFound(`"${key}" has no version ${version}`);
  const snapshot = row.json as StudioDocument;
  const current = await getStudioDraft(db, actor, key);
  // Fields added after that version stay (hidden): a column and its data are never dropped.
  const restoredIds = new Set(snapshot.entity.fields.map((field) => field.id));
  const later = current.entity.fields.filter((field) => !restoredIds.has(field.id)).map((field) => ({ ...field, removed: true }));
  await saveStudioDraft(db, actor, key, { entity: { ...snapshot.entity, fields: [...snapshot.entity.fields, ...later] }, form: snapshot.form });
}
