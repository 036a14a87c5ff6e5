import { z } from 'zod';
import { FieldDefSchema, RuleSchema, type FieldDef } from './field';
import { LabelSchema, MetadataKeySchema } from './keys';
import { EntityCheckSchema, LifecycleSchema, ReservationSchema } from './lifecycle';

export const ENTITY_SCHEMA_VERSION = 1;

/** A cross-field rule: the record is valid only while `rule` holds; `message` says what to fix. */
export const EntityValidationSchema = z.object({
  id: MetadataKeySchema,
  rule: RuleSchema,
  message: LabelSchema,
  /** Fields the message is shown next to; without them it concerns the record as a whole. */
  fields: z.array(MetadataKeySchema).max(50).optional(),
});
export type EntityValidation = z.infer<typeof EntityValidationSchema>;

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
    validations: z.array(EntityValidationSchema).max(100).optional(),
  })
  .superRefine((entity, ctx) => {
    const seen = new Set<string>();
    entity.fields.forEach((field, index) => {
      if (seen.has(field.id)) ctx.addIssue({ code: 'custom', path: ['fields', index, 'id'], message: `duplicate field id "${field.id}"` });
      seen.add(field.id);
    });
    const validationIds = new Set<string>();
    entity.validations?.forEach((validation, index) => {
      if (validationIds.has(validation.id)) ctx.addIssue({ code: 'custom', path: ['validations', index, 'id'], message: `duplicate validation id "${validation.id}"` });
      validationIds.add(validation.id);
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

/** Lives in its own module with the type-conversion rules it applies. */
export { checkEntityEvolution } from './evolution';
