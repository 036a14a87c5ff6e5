import { isDeepStrictEqual } from 'node:util';
import { checkEntityEvolution, checkEntityReferences, MetadataError, parseEntityDef, type EntityDef } from '@/engine/metadata';
import { checkFormReferences, type FormDef } from '@/engine/metadata/form';
import { parseFormDef } from '@/engine/metadata/parse';
import { checkFormulas } from '@/engine/rules';
import { checkEntitySemantics } from '@/engine/metadata/check-semantics';
import { planFieldConversions } from '@/engine/metadata/evolution';
import { definitions } from '../db/schema';
import type { Db } from '../db/types';
import { validationFailed } from '../errors';
import { findUnconvertible, type Unconvertible } from '../store/column-conversion';
import { addForeignKeys, syncEntityTable } from '../store/ddl';
import { BUSINESS_TIME_ZONE } from './business-time-zone';
import { latestPublished, latestVersion, loadRegistry, type EntityRegistry } from './entity-registry';

export type PublishInput = { entities: unknown[]; forms?: unknown[]; authorId?: string | null };
export type PublishResult = { published: Array<{ key: string; version: number }>; unchanged: string[] };

function parseAll(input: PublishInput): { entities: EntityDef[]; forms: FormDef[] } {
  try {
    return { entities: input.entities.map(parseEntityDef), forms: (input.forms ?? []).map(parseFormDef) };
  } catch (error) {
    if (error instanceof MetadataError) throw validationFailed(error.message, { problems: error.problems });
    throw error;
  }
}

function describeUnconvertible(entityKey: string, failure: Unconvertible, target: string): string {
  const examples = failure.examples.map((value) => `"${value}"`).join(', ');
  const records = failure.count === 1 ? '1 record holds a value that does not convert' : `${failure.count} records hold values that do not convert`;
  return `${entityKey}: field "${failure.field}" cannot become ${target}: ${records} (e.g. ${examples})`;
}

/**
 * A type change is published only when every stored value converts; otherwise nothing is, and
 * the designer learns which field, how many records and which values stand in the way.
 */
async function refuseUnconvertible(tx: Db, registry: EntityRegistry, entities: EntityDef[]): Promise<void> {
  const failures: Array<{ entity: string; failure: Unconvertible; message: string }> = [];
  for (const entity of entities) {
    const previous = registry.get(entity.key);
    if (!previous) continue;
    for (const conversion of planFieldConversions(previous, entity)) {
      const failure = await findUnconvertible(tx, entity.key, conversion);
      if (failure) failures.push({ entity: entity.key, failure, message: describeUnconvertible(entity.key, failure, conversion.to.type) });
    }
  }
  if (failures.length === 0) return;
  throw validationFailed(`The definition cannot be published: ${failures.map((entry) => entry.message).join('; ')}`, {
    problems: failures.map((entry) => ({ path: `${entry.entity}.${entry.failure.field}`, message: entry.message })),
    fields: failures.map(({ entity, failure, message }) => ({ entity, field: failure.field, code: 'not_convertible', count: failure.count, examples: failure.examples, message })),
  });
}

/**
 * Publishes entity (and form) definitions as new versions and brings their tables in line, all in
 * one transaction: metadata and columns never disagree, and a failure leaves neither behind.
 */
export async function publishEntities(db: Db, input: PublishInput): Promise<PublishResult> {
  return db.transaction((tx) => publishInTransaction(tx, input));
}

/** The same, inside a transaction the caller owns (template installs publish and seed in one). */
export async function publishInTransaction(tx: Db, input: PublishInput): Promise<PublishResult> {
  const { entities, forms } = parseAll(input);
  {
    const registry = await loadRegistry(tx);
    const incoming = new Map(entities.map((entity) => [entity.key, entity]));
    const lookup = (key: string) => incoming.get(key) ?? registry.get(key);
    const problems = entities.flatMap((entity) => {
      const previous = registry.get(entity.key);
      return [
        ...checkEntityReferences(entity, lookup),
        ...(previous ? checkEntityEvolution(previous, entity) : []),
        ...checkFormulas(entity),
        ...checkEntitySemantics(entity, lookup),
      ].map((message) => `${entity.key}: ${message}`);
    });
    if (problems.length) throw validationFailed(`The definition cannot be published: ${problems.join('; ')}`, { problems });

    const result: PublishResult = { published: [], unchanged: [] };
    const changed = entities.filter((entity) => !isDeepStrictEqual(registry.get(entity.key), entity));
    await refuseUnconvertible(tx, registry, changed);
    // Parents before children, so a line-item table's parent exists when its foreign key is added.
    changed.sort((a, b) => Number(Boolean(a.parent)) - Number(Boolean(b.parent)));
    for (const entity of changed) {
      const version = (await latestVersion(tx, 'entity', entity.key)) + 1;
      await tx.insert(definitions).values({ kind: 'entity', key: entity.key, version, status: 'published', json: entity, authorId: input.authorId ?? null });
      await syncEntityTable(tx, entity, registry.get(entity.key), { timeZone: BUSINESS_TIME_ZONE });
      result.published.push({ key: entity.key, version });
    }
    for (const entity of changed) await addForeignKeys(tx, entity);
    result.unchanged = entities.filter((entity) => !changed.includes(entity)).map((entity) => entity.key);

    for (const form of forms) {
      if (!lookup(form.entity)) throw validationFailed(`Form "${form.key}" is for unknown entity "${form.entity}"`);
      const formProblems = checkFormReferences(form, lookup(form.entity)!);
      if (formProblems.length > 0) throw validationFailed(`Form "${form.key}" cannot be published: ${formProblems.join('; ')}`, { problems: formProblems.map((message) => ({ path: `form ${form.key}`, message })) });
      const current = await latestPublished(tx, 'form', form.key);
      if (current && isDeepStrictEqual(parseFormDef(current), form)) continue;
      const version = (await latestVersion(tx, 'form', form.key)) + 1;
      await tx.insert(definitions).values({ kind: 'form', key: form.key, version, status: 'published', json: form, authorId: input.authorId ?? null });
    }
    return result;
  }
}
