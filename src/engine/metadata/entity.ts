import { z } from 'zod';
import { FieldDefSchema, type FieldDef } from './field';
import { LabelSchema, MetadataKeySchema } from './keys';
import { EntityCheckSchema, LifecycleSchema, ReservationSchema } from './lifecycle';

export const ENTITY_SCHEMA_VERSION = 1;

export const EntityDefSchema = z
  .object({
    schemaVersion: z.literal(ENTITY_SCHEMA_VERSION),
    key: MetadataKeySchema,
    label: LabelSchema,
    /** The field shown when another record points at this one (relation pickers, lists). */
    titleField: MetadataKeySchema.optional(),
    /** Set on line-item entities: their records belong to one record of the parent and die with it. */
    parent: MetadataKeySchema.optional(),
    fields: z.array(FieldDefSchema).min(1).max(500),
    lifecycle: LifecycleSchema.optional(),
    reservations: z.array(ReservationSchema).max(10).optional(),
    checks: z.array(EntityCheckSchema).max(50).optional(),
  })
  .superRefine((entity, ctx) => {
    const seen = new Set<string>();
    entity.fields.forEach((field, index) => {
      if (seen.has(field.id)) ctx.addIssue({ code: 'custom', path: ['fields', index, 'id'], message: `duplicate field id "${field.id}"` });
      seen.add(field.id);
    });
    if (entity.titleField && !seen.has(entity.titleField)) {
      ctx.addIssue({ code: 'custom', path: ['titleField'], message: `titleField "${entity.titleField}" is not a field of this entity` });
    }
  });

export type EntityDef = z.infer<typeof EntityDefSchema>;

export function activeFields(entity: EntityDef): FieldDef[] {
  return entity.fields.filter((field) => !field.removed);
}

export function findField(entity: EntityDef, id: string): FieldDef | undefined {
  return entity.fields.find((field) => field.id === id);
}

/** Resolves related entities (relation targets, child tables) by key; undefined when unknown. */
export type EntityLookup = (key: string) => EntityDef | undefined;

/**
 * Checks what one document cannot: relation and child-table targets exist, a child entity names
 * this entity as its parent. Returns messages a designer can act on.
 */
export function checkEntityReferences(entity: EntityDef, lookup: EntityLookup): string[] {
  const problems: string[] = [];
  for (const field of entity.fields) {
    if (field.type !== 'relation' && field.type !== 'child_table') continue;
    const target = field.entity === entity.key ? entity : lookup(field.entity);
    if (!target) {
      problems.push(`field "${field.id}" points at unknown entity "${field.entity}"`);
    } else if (field.type === 'child_table' && target.parent !== entity.key) {
      problems.push(`field "${field.id}": entity "${field.entity}" must declare parent "${entity.key}" to be its child table`);
    }
  }
  if (entity.parent && !lookup(entity.parent) && entity.parent !== entity.key) {
    problems.push(`parent entity "${entity.parent}" is unknown`);
  }
  return problems;
}

/**
 * A new version may add fields, relabel them or mark them removed, but a field's id and storage type
 * never change in place: the column and its data depend on them.
 */
export function checkEntityEvolution(previous: EntityDef, next: EntityDef): string[] {
  const problems: string[] = [];
  if (previous.key !== next.key) problems.push('the entity key cannot change');
  if ((previous.parent ?? null) !== (next.parent ?? null)) problems.push('the parent entity cannot change');
  for (const old of previous.fields) {
    const now = next.fields.find((field) => field.id === old.id);
    if (!now) {
      problems.push(`field "${old.id}" cannot be deleted; mark it removed to hide it and keep its data`);
    } else if (now.type !== old.type) {
      problems.push(`field "${old.id}" cannot change type from ${old.type} to ${now.type}`);
    }
  }
  return problems;
}
