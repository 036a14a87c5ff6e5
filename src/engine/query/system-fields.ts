import type { EntityDef, FieldDef } from '../metadata';

/**
 * Columns every entity table has, described as field definitions so filters check and normalise
 * their values with the same code as user fields. Ids are uuids, so they pose as relations.
 */
const COMMON: FieldDef[] = [
  { id: 'id', type: 'relation', entity: 'record', label: { 'zh-CN': 'ID', en: 'ID' } },
  { id: 'version', type: 'number', integer: true, precision: 15, scale: 0, min: 1, label: { 'zh-CN': '版本', en: 'Version' } },
  { id: 'created_at', type: 'datetime', label: { 'zh-CN': '创建时间', en: 'Created at' } },
  { id: 'created_by', type: 'relation', entity: 'user', label: { 'zh-CN': '创建人', en: 'Created by' } },
  { id: 'updated_at', type: 'datetime', label: { 'zh-CN': '更新时间', en: 'Updated at' } },
];

/** Line-item tables also carry their parent's id, which is how a client lists one order's lines. */
const PARENT_ID: FieldDef = { id: 'parent_id', type: 'relation', entity: 'record', label: { 'zh-CN': '上级记录', en: 'Parent record' } };

export function systemField(entity: EntityDef, id: string): FieldDef | undefined {
  if (id === PARENT_ID.id) return entity.parent ? PARENT_ID : undefined;
  return COMMON.find((field) => field.id === id);
}
