import type { EntityDef } from '@/engine/metadata/entity';
import type { FieldDef, FieldOf } from '@/engine/metadata/field';
import { childEntityKey, type Label } from '@/engine/metadata/keys';
import { newField, nextFieldId, type PaletteType, type StudioDoc } from '../studio-document';

/** Column types of a child table: plain values only, no nested tables or computed fields. */
export const COLUMN_TYPES = [
  'text', 'long_text', 'number', 'money', 'date', 'datetime', 'boolean', 'single_select', 'multi_select', 'email', 'phone',
] as const satisfies readonly PaletteType[];
export type ColumnType = (typeof COLUMN_TYPES)[number];

const FIRST_COLUMN_LABEL: Label = { 'zh-CN': '名称', en: 'Name' };

/** The child entity a new child table gets: its key derives from the parent's and the field's. */
export function newChildEntity(parentKey: string, field: FieldOf<'child_table'>): EntityDef | undefined {
  const key = childEntityKey(parentKey, field.id);
  if (!key) return undefined;
  return {
    schemaVersion: 1,
    key,
    label: field.label,
    parent: parentKey,
    fields: [{ ...newField('text', 'name'), label: FIRST_COLUMN_LABEL }],
  };
}

/**
 * Called right after a child_table field was added to the document: creates its child entity and
 * points the field at it. A key that cannot be derived (too long) leaves the field as it is; the
 * server then names the problem on save.
 */
export function withNewChildEntity(doc: StudioDoc, fieldId: string): StudioDoc {
  const field = doc.entity.fields.find((candidate) => candidate.id === fieldId);
  if (field?.type !== 'child_table') return doc;
  const child = newChildEntity(doc.entity.key, field);
  if (!child) return doc;
  const pointed: FieldDef = { ...field, entity: child.key };
  return {
    ...doc,
    entity: { ...doc.entity, fields: doc.entity.fields.map((candidate) => (candidate.id === fieldId ? pointed : candidate)) },
    children: [...(doc.children ?? []).filter((existing) => existing.key !== child.key), child],
  };
}

export function replaceChild(doc: StudioDoc, child: EntityDef): StudioDoc {
  const children = doc.children ?? [];
  const known = children.some((existing) => existing.key === child.key);
  return { ...doc, children: known ? children.map((existing) => (existing.key === child.key ? child : existing)) : [...children, child] };
}

/** The columns a child table shows: its fields except a relation back to the parent. */
export function visibleColumns(child: EntityDef): FieldDef[] {
  return child.fields.filter((field) => !field.removed && !(field.type === 'relation' && field.entity === child.parent));
}

export function addColumn(child: EntityDef, type: ColumnType): { child: EntityDef; columnId: string } {
  const columnId = nextFieldId(child);
  return { child: { ...child, fields: [...child.fields, newField(type, columnId)] }, columnId };
}

/** Swaps the column with its visible neighbour; hidden columns keep their place. */
export function moveColumn(child: EntityDef, columnId: string, offset: -1 | 1): EntityDef {
  const shown = visibleColumns(child);
  const at = shown.findIndex((field) => field.id === columnId);
  const neighbour = shown[at + offset];
  if (at < 0 || !neighbour) return child;
  const fields = [...child.fields];
  const from = fields.findIndex((field) => field.id === columnId);
  const to = fields.findIndex((field) => field.id === neighbour.id);
  [fields[from], fields[to]] = [fields[to], fields[from]];
  return { ...child, fields };
}

export function relabelColumn(child: EntityDef, columnId: string, label: Label): EntityDef {
  return { ...child, fields: child.fields.map((field) => (field.id === columnId ? { ...field, label } : field)) };
}

/** As for the form's own fields: a published column is only hidden, its data kept; a new one goes. */
export function removeColumn(child: EntityDef, columnId: string, published: boolean): EntityDef {
  const fields = published
    ? child.fields.map((field) => (field.id === columnId ? { ...field, removed: true } : field))
    : child.fields.filter((field) => field.id !== columnId);
  return { ...child, fields };
}

export function restoreColumn(child: EntityDef, columnId: string): EntityDef {
  return {
    ...child,
    fields: child.fields.map((field) => {
      if (field.id !== columnId) return field;
      const { removed: _removed, ...rest } = field;
      return rest as FieldDef;
    }),
  };
}
