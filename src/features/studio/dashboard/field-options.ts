import { activeFields, type EntityDef } from '@/engine/metadata/entity';
import type { Label } from '@/engine/metadata/keys';
import { resolveQueryField } from '@/engine/query/queryable-field';
import type { FilterValueType } from '@/engine/query/filter-ast';

/** A field path the designer offers: on the entity, or one hop away through a relation (or a line's parent). */
export type FieldOption = { path: string; label: Label; via?: Label; valueType: FilterValueType };

const SYSTEM_COLUMNS = ['created_at', 'updated_at'];

function ownFields(entity: EntityDef): Array<{ id: string; label: Label; valueType: FilterValueType }> {
  const ids = [...activeFields(entity).filter((field) => field.type !== 'child_table').map((field) => field.id), ...SYSTEM_COLUMNS];
  return ids.flatMap((id) => {
    const resolved = resolveQueryField(entity, id);
    return resolved.ok ? [{ id, label: resolved.field.def.label, valueType: resolved.field.valueType }] : [];
  });
}

/** Every field a dimension, measure or date binding may name, own fields first. */
export function fieldOptions(entity: EntityDef | undefined, lookup: (key: string) => EntityDef | undefined): FieldOption[] {
  if (!entity) return [];
  const options: FieldOption[] = ownFields(entity).map((field) => ({ path: field.id, label: field.label, valueType: field.valueType }));
  const hops: Array<{ relation: string; label: Label; target: EntityDef | undefined }> = activeFields(entity).flatMap((field) =>
    field.type === 'relation' ? [{ relation: field.id, label: field.label, target: lookup(field.entity) }] : [],
  );
  if (entity.parent) hops.push({ relation: 'parent_id', label: lookup(entity.parent)?.label ?? { 'zh-CN': '上级记录', en: 'Parent record' }, target: lookup(entity.parent) });
  for (const hop of hops) {
    if (!hop.target) continue;
    for (const field of ownFields(hop.target)) options.push({ path: `${hop.relation}.${field.id}`, label: field.label, via: hop.label, valueType: field.valueType });
  }
  return options;
}

export const isNumeric = (option: FieldOption) => option.valueType === 'integer' || option.valueType === 'decimal';
export const isDate = (option: FieldOption) => option.valueType === 'date' || option.valueType === 'datetime';
/** A field a dashboard filter can offer values of: numbers and dates are ranges, not values to pick. */
export const isPickable = (option: FieldOption) => !isNumeric(option) && !isDate(option);
