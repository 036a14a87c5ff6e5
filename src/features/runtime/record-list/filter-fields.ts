import type { EntityView } from '@/engine/contract/api-types';
import { activeFields } from '@/engine/metadata/entity';
import type { FieldDef } from '@/engine/metadata/field';
import { systemField } from '@/engine/query/system-fields';
import { filterKind } from './filter-spec';

const isMoney = (field: FieldDef) => field.type === 'money' || ((field.type === 'formula' || field.type === 'rollup') && field.resultType === 'money');

/**
 * The filter bar's fields: the list columns, then what people look records up by even when it is
 * not a column — the lifecycle state, related records, amounts — and when the record was created.
 */
export function listFilterFields(view: EntityView, columns: FieldDef[]): FieldDef[] {
  const { entity } = view;
  const wanted = activeFields(entity).filter((field) => field.id === entity.lifecycle?.field || field.type === 'relation' || isMoney(field));
  const createdAt = systemField(entity, 'created_at');
  const fields: FieldDef[] = [];
  for (const field of [...columns, ...wanted, ...(createdAt ? [createdAt] : [])]) {
    if (!fields.some((known) => known.id === field.id) && filterKind(field) !== null) fields.push(field);
  }
  return fields;
}
