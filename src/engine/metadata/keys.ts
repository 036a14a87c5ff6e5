import { z } from 'zod';

/** Keys become SQL identifiers, so this pattern is the only gate between metadata and SQL text. */
export const METADATA_KEY_PATTERN = /^[a-z][a-z0-9_]{0,40}$/;

/** Column names every entity table owns; a field may not take one. */
export const SYSTEM_COLUMNS = ['id', 'version', 'created_at', 'created_by', 'updated_at', 'parent_id', 'position', 'form_version'] as const;

export const MetadataKeySchema = z
  .string()
  .regex(METADATA_KEY_PATTERN, { message: 'must start with a lowercase letter and use only a-z, 0-9 and _ (at most 41 characters)' });

export const FieldKeySchema = MetadataKeySchema.refine((key) => !(SYSTEM_COLUMNS as readonly string[]).includes(key), {
  message: `is reserved for system columns (${SYSTEM_COLUMNS.join(', ')})`,
});

/**
 * The entity behind a child table designed inline: `<parent>_<field>`, so it reads as belonging to
 * its parent. Undefined when that is not a valid key (too long); the designer then asks for a
 * shorter field key.
 */
export function childEntityKey(parentKey: string, fieldId: string): string | undefined {
  const key = `${parentKey}_${fieldId}`;
  return METADATA_KEY_PATTERN.test(key) ? key : undefined;
}

export const LabelSchema = z.object({
  'zh-CN': z.string().min(1).max(200),
  en: z.string().min(1).max(200).optional(),
});
export type Label = z.infer<typeof LabelSchema>;

export type Locale = 'zh-CN' | 'en';
export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];

export function labelText(label: Label, locale: Locale): string {
  return (locale === 'en' ? label.en : label['zh-CN']) ?? label['zh-CN'];
}
