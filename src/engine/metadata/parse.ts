import { z } from 'zod';
import { EntityDefSchema, type EntityDef } from './entity';
import { checkFormReferences, FormDefSchema, type FormDef } from './form';

export type MetadataProblem = { path: string; message: string };

export class MetadataError extends Error {
  constructor(
    readonly kind: string,
    readonly problems: MetadataProblem[],
  ) {
    super(`invalid ${kind} definition: ${problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('; ')}`);
  }
}

/**
 * Stored documents carry their schemaVersion; each version step is a migration function here.
 * Version 1 is the first, so the chain is empty, but every read goes through it.
 */
const entityMigrations: Record<number, (doc: Record<string, unknown>) => Record<string, unknown>> = {};

function upgrade(doc: unknown, migrations: typeof entityMigrations, current: number): unknown {
  if (!doc || typeof doc !== 'object') return doc;
  let result = doc as Record<string, unknown>;
  let version = typeof result.schemaVersion === 'number' ? result.schemaVersion : current;
  while (version < current && migrations[version]) {
    result = migrations[version](result);
    version += 1;
  }
  return result;
}

function toProblems(error: z.ZodError): MetadataProblem[] {
  return error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

export function parseEntityDef(doc: unknown): EntityDef {
  const parsed = EntityDefSchema.safeParse(upgrade(doc, entityMigrations, 1));
  if (!parsed.success) throw new MetadataError('entity', toProblems(parsed.error));
  return parsed.data;
}

export function parseFormDef(doc: unknown): FormDef {
  const parsed = FormDefSchema.safeParse(doc);
  if (!parsed.success) throw new MetadataError('form', toProblems(parsed.error));
  return parsed.data;
}

/** A form about to be published: well formed, and every place it names exists in its entity. */
export function parseFormFor(doc: unknown, entity: EntityDef): FormDef {
  const form = parseFormDef(doc);
  const problems = checkFormReferences(form, entity);
  if (problems.length > 0) throw new MetadataError('form', problems.map((message) => ({ path: '', message })));
  return form;
}
