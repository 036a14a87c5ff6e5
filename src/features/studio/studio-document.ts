import type { EntityDef } from '@/engine/metadata/entity';
import type { FieldDef, FieldType } from '@/engine/metadata/field';
import type { FormDef } from '@/engine/metadata/form';
import { METADATA_KEY_PATTERN, SYSTEM_COLUMNS } from '@/engine/metadata/keys';

/**
 * What the studio edits: the entity's fields (semantics) and its form (presentation), saved together,
 * with the entities of its child tables (their columns are designed inline).
 */
export type StudioDoc = { entity: EntityDef; form: FormDef; children?: EntityDef[] };

/** Field types a business user adds from the palette; relations and computed fields are finished in the property panel. */
export const PALETTE_TYPES = [
  'text', 'long_text', 'number', 'money', 'date', 'datetime', 'boolean', 'single_select', 'multi_select', 'email', 'phone',
  'relation', 'auto_number', 'formula', 'rollup', 'child_table',
] as const satisfies readonly FieldType[];
export type PaletteType = (typeof PALETTE_TYPES)[number];

/** The first free `field_<n>`, so generated keys are valid and never collide with a removed field. */
export function nextFieldId(entity: EntityDef): string {
  const taken = new Set(entity.fields.map((field) => field.id));
  let n = 1;
  while (taken.has(`field_${n}`)) n += 1;
  return `field_${n}`;
}

export function isValidFieldKey(key: string): boolean {
  return METADATA_KEY_PATTERN.test(key) && !(SYSTEM_COLUMNS as readonly string[]).includes(key);
}

export function newField(type: PaletteType, id: string): FieldDef {
  const label = { 'zh-CN': '新字段', en: 'New field' };
  switch (type) {
    case 'number':
      return { id, label, type, integer: false, precision: 18, scale: 2 };
    case 'money':
      return { id, label, type, currency: 'CNY' };
    case 'single_select':
    case 'multi_select':
      return { id, label, type, options: [{ value: 'option_1', label: { 'zh-CN': '选项 1', en: 'Option 1' } }] };
    // The related entity and the line-item table are choices only the designer can make: until then
    // the property panel flags them and the definition does not pass validation, so it cannot be published.
    case 'relation':
      return { id, label, type, entity: '' };
    case 'rollup':
      return { id, label, type, child: '', op: 'count', resultType: 'number', scale: 0 };
    case 'auto_number':
      return { id, label, type, pattern: 'NO-{YYYYMMDD}-{seq:4}' };
    case 'formula':
      return { id, label, type, expression: 0, resultType: 'number', scale: 2 };
    // Adding one to a document also creates its child entity and points `entity` at it (withNewChildEntity).
    case 'child_table':
      return { id, label: { 'zh-CN': '明细表', en: 'Line items' }, type, entity: id };
    default:
      return { id, label, type };
  }
}

function withoutField(form: FormDef, fieldId: string): FormDef {
  return {
    ...form,
    sections: form.sections.map((section) => ({ ...section, fields: section.fields.filter((id) => id !== fieldId) })),
    listColumns: form.listColumns?.filter((id) => id !== fieldId),
  };
}

function clampIndex(index: number, length: number): number {
  return Math.max(0, Math.min(index, length));
}

/** Appends the field to the entity and puts it into the section at `index` (clamped). */
export function addField(doc: StudioDoc, field: FieldDef, sectionId: string, index: number): StudioDoc {
  return {
    ...doc,
    entity: { ...doc.entity, fields: [...doc.entity.fields, field] },
    form: {
      ...doc.form,
      sections: doc.form.sections.map((section) => {
        if (section.id !== sectionId) return section;
        const fields = [...section.fields];
        fields.splice(clampIndex(index, fields.length), 0, field.id);
        return { ...section, fields };
      }),
    },
  };
}

/** Moves a field to `index` of the target section, as seen after it left its old place. */
export function moveField(doc: StudioDoc, fieldId: string, toSection: string, index: number): StudioDoc {
  const form = withoutField(doc.form, fieldId);
  return {
    ...doc,
    form: {
      ...form,
      listColumns: doc.form.listColumns,
      sections: form.sections.map((section) => {
        if (section.id !== toSection) return section;
        const fields = [...section.fields];
        fields.splice(clampIndex(index, fields.length), 0, fieldId);
        return { ...section, fields };
      }),
    },
  };
}

/** Replaces a field; a changed id is renamed in the form as well. */
export function updateField(doc: StudioDoc, fieldId: string, next: FieldDef): StudioDoc {
  const rename = (id: string) => (id === fieldId ? next.id : id);
  return {
    ...doc,
    entity: {
      ...doc.entity,
      fields: doc.entity.fields.map((field) => (field.id === fieldId ? next : field)),
      titleField: doc.entity.titleField === undefined ? undefined : rename(doc.entity.titleField),
    },
    form: {
      ...doc.form,
      sections: doc.form.sections.map((section) => ({ ...section, fields: section.fields.map(rename) })),
      listColumns: doc.form.listColumns?.map(rename),
    },
  };
}

/**
 * A published field is only marked removed (its column and data stay; the server refuses a
 * deletion); a field added in this session was never stored, so it goes entirely.
 */
export function removeField(doc: StudioDoc, fieldId: string, published: boolean): StudioDoc {
  const fields = published
    ? doc.entity.fields.map((field) => (field.id === fieldId ? { ...field, removed: true } : field))
    : doc.entity.fields.filter((field) => field.id !== fieldId);
  return { ...doc, entity: { ...doc.entity, fields }, form: withoutField(doc.form, fieldId) };
}

/** Clears `removed` and shows the field again at the end of the first section. */
export function restoreField(doc: StudioDoc, fieldId: string): StudioDoc {
  const field = doc.entity.fields.find((candidate) => candidate.id === fieldId);
  if (!field) return doc;
  const { removed: _removed, ...rest } = field;
  const restored = updateField(doc, fieldId, rest as FieldDef);
  const first = restored.form.sections[0];
  return first ? moveField(restored, fieldId, first.id, first.fields.length) : restored;
}

/** The section holding a field, and where. */
export function locateField(form: FormDef, fieldId: string): { sectionId: string; index: number } | undefined {
  for (const section of form.sections) {
    const index = section.fields.indexOf(fieldId);
    if (index >= 0) return { sectionId: section.id, index };
  }
  return undefined;
}

/** Child tables own their line entity, so a second one cannot point at the same lines. */
export function canDuplicate(field: FieldDef): boolean {
  return field.type !== 'child_table' && !field.removed;
}

/** `<id>_copy`, then `<id>_copy_2`, …; a key too long to be valid falls back to the next `field_<n>`. */
export function copyFieldId(doc: StudioDoc, fieldId: string): string {
  const taken = new Set([...doc.entity.fields.map((field) => field.id), ...(doc.form.blocks ?? []).map((block) => block.id)]);
  for (let n = 1; n < 100; n += 1) {
    const candidate = n === 1 ? `${fieldId}_copy` : `${fieldId}_copy_${n}`;
    if (!isValidFieldKey(candidate)) break;
    if (!taken.has(candidate)) return candidate;
  }
  return nextFieldId(doc.entity);
}

const LABEL_MAX = 200;
const withSuffix = (text: string, suffix: string) => `${text.slice(0, LABEL_MAX - suffix.length)}${suffix}`;

/** A copy of the field under `id`, labelled as a copy, right after the original. */
export function duplicateField(doc: StudioDoc, fieldId: string, id: string): StudioDoc {
  const original = doc.entity.fields.find((field) => field.id === fieldId);
  if (!original || !canDuplicate(original)) return doc;
  const label = { 'zh-CN': withSuffix(original.label['zh-CN'], '（副本）'), ...(original.label.en ? { en: withSuffix(original.label.en, ' (copy)') } : {}) };
  const copy = { ...structuredClone(original), id, label } as FieldDef;
  const place = locateField(doc.form, fieldId) ?? { sectionId: doc.form.sections[0].id, index: doc.form.sections[0].fields.length - 1 };
  return addField(doc, copy, place.sectionId, place.index + 1);
}
