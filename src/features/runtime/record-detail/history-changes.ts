import type { HistoryEntry } from '@/engine/contract/api-types';
import type { EntityDef } from '@/engine/metadata/entity';
import type { FieldDef } from '@/engine/metadata/field';

export type FieldChange = { field: FieldDef; before: unknown; after: unknown };

/**
 * The entity's fields whose value differs between the audit entry's before and after images.
 * System columns (version, updated_at) change on every write and say nothing to a reader.
 */
export function changedFields(entity: EntityDef, entry: HistoryEntry): FieldChange[] {
  const before = entry.before ?? {};
  const after = entry.after ?? {};
  const changes: FieldChange[] = [];
  for (const field of entity.fields) {
    if (!(field.id in before) && !(field.id in after)) continue;
    const from = before[field.id] ?? null;
    const to = after[field.id] ?? null;
    if (JSON.stringify(from) !== JSON.stringify(to)) changes.push({ field, before: from, after: to });
  }
  return changes;
}
