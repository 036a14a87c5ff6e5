import type { FieldDef } from '@/engine/metadata/field';
import type { Label, Locale } from '@/engine/metadata/keys';

/**
 * Drops properties from a field. Destructuring a union loses its discriminant, so this keeps the
 * field's own type; the keys removed are never `type`.
 */
export function omitProps<T extends FieldDef>(field: T, keys: readonly string[]): T {
  const copy: Record<string, unknown> = { ...field };
  for (const key of keys) delete copy[key];
  return copy as T;
}

/** Sets a property, or drops it when the value is undefined, so the saved JSON carries no empty keys. */
export function withProp<T extends FieldDef>(field: T, key: string, value: unknown): T {
  if (value === undefined) return omitProps(field, [key]);
  return { ...field, [key]: value };
}

/**
 * Edits one language of an optional label (placeholder, help). Both empty means no label; an
 * English text without Chinese is kept so the designer sees it, and reported as a problem.
 */
export function withLabelText(label: Label | undefined, locale: Locale, text: string): Label | undefined {
  const zh = locale === 'zh-CN' ? text : (label?.['zh-CN'] ?? '');
  const en = locale === 'en' ? text : label?.en;
  if (zh === '' && !en) return undefined;
  return en ? { 'zh-CN': zh, en } : { 'zh-CN': zh };
}
