'use client';

import type { EntityDef } from '@/engine/metadata/entity';
import type { FieldDef } from '@/engine/metadata/field';
import { useLabel } from '@/features/runtime/use-label';
import type { EntityCatalog } from './use-entity-catalog';

/** Select options naming a field by label and key, since two fields may share a label. */
export function useFieldOptions(): (fields: FieldDef[]) => Array<{ value: string; label: string }> {
  const label = useLabel();
  return (fields) => fields.map((field) => ({ value: field.id, label: `${label(field.label)} (${field.id})` }));
}

/** Line-item entities belong to their parent's records, so a relation does not point at them. */
export function relationTargets(entities: EntityDef[], current: string): EntityDef[] {
  return entities.filter((candidate) => !candidate.parent || candidate.key === current);
}

export function relatedEntity(catalog: EntityCatalog, key: string): EntityDef | undefined {
  return key ? catalog.lookup(key) : undefined;
}
