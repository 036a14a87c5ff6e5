import { z } from 'zod';
import type { EntityDef } from './entity';
import { activeFields } from './entity';
import { LabelSchema, MetadataKeySchema } from './keys';

export const FORM_SCHEMA_VERSION = 1;

/** Presentation only: which fields appear where. Field semantics live in the entity definition. */
export const FormSectionSchema = z.object({
  id: MetadataKeySchema,
  title: LabelSchema.optional(),
  columns: z.number().int().min(1).max(4).default(2),
  fields: z.array(MetadataKeySchema).max(500),
});

export const FormDefSchema = z.object({
  schemaVersion: z.literal(FORM_SCHEMA_VERSION),
  key: MetadataKeySchema,
  entity: MetadataKeySchema,
  sections: z.array(FormSectionSchema).min(1).max(100),
  /** Columns shown by the record list, in order. */
  listColumns: z.array(MetadataKeySchema).max(100).optional(),
});

export type FormSection = z.infer<typeof FormSectionSchema>;
export type FormDef = z.infer<typeof FormDefSchema>;

/** The form an entity gets before anyone designs one: every active field, one section. */
export function defaultForm(entity: EntityDef): FormDef {
  const fields = activeFields(entity);
  return {
    schemaVersion: FORM_SCHEMA_VERSION,
    key: entity.key,
    entity: entity.key,
    sections: [{ id: 'main', columns: 2, fields: fields.map((field) => field.id) }],
    listColumns: fields.filter((field) => field.type !== 'child_table' && field.type !== 'long_text').slice(0, 6).map((field) => field.id),
  };
}
