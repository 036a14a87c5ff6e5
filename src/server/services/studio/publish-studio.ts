import { and, eq } from 'drizzle-orm';
import { definitions } from '../../db/schema';
import type { Db } from '../../db/types';
import type { Actor } from '../../auth/actor';
import { conflict, mapDbErrors, notFound } from '../../errors';
import { ensureFormVersionColumn, setFormVersion } from '../../store/form-version';
import { latestVersion } from '../entity-registry';
import { publishInTransaction } from '../publish-entities';
import { DRAFT_KIND, SNAPSHOT_KIND, assertDesigner, getStudioDraft, saveStudioDraft, type StudioDocument } from './form-drafts';
import { restoreChildren, restoreFields } from './studio-children';

export type StudioPublishResult = { version: number; entityVersion: number | null };

/**
 * Publishes the draft in one transaction: the entity and its child entities with their ALTER
 * TABLEs, the form version, and a snapshot for history. Existing records keep their data; a
 * removed field is only hidden; a type change converts the stored values, or is refused naming
 * the values that do not convert. Records saved from then on carry the new version. A draft based
 * on an older version than the one now published is refused (someone else published meanwhile).
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
      const result = await publishInTransaction(tx, { entities: [draft.entity, ...draft.children], forms: [draft.form], authorId: actor.id });
      const version = (await latestVersion(tx, SNAPSHOT_KIND, key)) + 1;
      const snapshot: StudioDocument = { entity: draft.entity, form: draft.form, children: draft.children };
      await tx.insert(definitions).values({ kind: SNAPSHOT_KIND, key, version, status: 'published', json: snapshot, authorId: actor.id });
      for (const entity of [draft.entity, ...draft.children]) {
        await ensureFormVersionColumn(tx, entity.key);
        await setFormVersion(tx, entity.key, version);
      }
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
  const snapshot = row.json as Partial<StudioDocument> & Pick<StudioDocument, 'entity' | 'form'>;
  const current = await getStudioDraft(db, actor, key);
  // Fields and child tables added after that version stay (hidden): a column and its data are never dropped.
  await saveStudioDraft(db, actor, key, {
    entity: restoreFields(snapshot.entity, current.entity),
    form: snapshot.form,
    children: restoreChildren(snapshot.children ?? [], current.children),
  });
}
