import type { EntityView, RecordDto } from '@/engine/contract/api-types';
import { fieldDefaults, newRecordDefaults } from '@/engine/forms/default-values';
import type { RuleContext } from '@/engine/forms/rule-context';
import { activeFields, findField, type EntityDef } from '@/engine/metadata/entity';
import { isComputed, isStored, type FieldDef } from '@/engine/metadata/field';

export type FormValues = Record<string, unknown>;
export type ChildRow = Record<string, unknown> & { _display?: Record<string, string | null> };

// A form's fields are asked for by every section and rule check; a published definition never
// changes in place, so the answer is kept per form and entity.
const shownFields = new WeakMap<EntityView['form'], WeakMap<EntityView['entity'], readonly FieldDef[]>>();

/** Fields the form shows, in section order; ids that are unknown or removed are skipped. */
export function formFields(view: EntityView): readonly FieldDef[] {
  let byEntity = shownFields.get(view.form);
  if (!byEntity) shownFields.set(view.form, (byEntity = new WeakMap()));
  const cached = byEntity.get(view.entity);
  if (cached) return cached;
  const seen = new Set<string>();
  const fields: FieldDef[] = [];
  for (const id of view.form.sections.flatMap((section) => section.fields)) {
    const field = findField(view.entity, id);
    if (field && !field.removed && !seen.has(id)) {
      seen.add(id);
      fields.push(field);
    }
  }
  byEntity.set(view.entity, fields);
  return fields;
}

/** A child table's columns: the child's stored fields, minus any link back to the parent (implied by nesting). */
export function childColumns(child: EntityDef, parentKey: string): FieldDef[] {
  return activeFields(child).filter((field) => isStored(field) && !(field.type === 'relation' && field.entity === parentKey));
}

function emptyValue(field: FieldDef): unknown {
  if (field.type === 'boolean') return false;
  if (field.type === 'multi_select' || field.type === 'child_table') return [];
  return null;
}

/**
 * A new line: each cell empty or its default. Without a context the clock is read now and
 * current-user defaults are left to the server (the row would have to omit the cell for that).
 */
export function emptyChildRow(columns: FieldDef[], context: RuleContext = { now: new Date() }): ChildRow {
  return { ...Object.fromEntries(columns.map((field) => [field.id, emptyValue(field)])), ...fieldDefaults(columns, context) };
}

function childRow(columns: FieldDef[], row: Record<string, unknown>): ChildRow {
  // Row ids are dropped: the API replaces a record's rows wholesale.
  return { ...Object.fromEntries(columns.map((field) => [field.id, row[field.id] ?? emptyValue(field)])), _display: (row._display ?? {}) as ChildRow['_display'] };
}

/**
 * What the inputs start from: the record's values, or for a new record each field's default
 * (`defaultValue`, or `defaultFrom` computed with `context`: today, the current user, a rule).
 */
export function toFormValues(view: EntityView, record?: RecordDto, context: RuleContext = { now: new Date() }): FormValues {
  const values: FormValues = {};
  const defaults = record ? {} : newRecordDefaults(view.entity, context);
  for (const field of formFields(view)) {
    if (field.type === 'child_table') {
      const child = view.related[field.entity];
      const columns = child ? childColumns(child, view.entity.key) : [];
      const rows = record?.[field.id];
      values[field.id] = Array.isArray(rows) ? rows.map((row) => childRow(columns, row as Record<string, unknown>)) : !record && field.required ? [emptyChildRow(columns, context)] : [];
    } else {
      values[field.id] = record ? (record[field.id] ?? emptyValue(field)) : (defaults[field.id] ?? emptyValue(field));
    }
  }
  return values;
}

/**
 * One input's value as the API gets it. Blank inputs mean "no value": the API gets null, not an
 * empty string that fails an email check. The form's rules read values through this too.
 */
export function payloadValue(field: FieldDef, value: unknown): unknown {
  if (value === undefined || value === '') return field.type === 'multi_select' ? [] : null;
  return value;
}

/** A child row as the API gets it: the child's stored, non-computed fields. */
export function childRowPayload(columns: FieldDef[], row: unknown): Record<string, unknown> {
  const values = (row ?? {}) as ChildRow;
  return Object.fromEntries(columns.filter((column) => !isComputed(column)).map((column) => [column.id, payloadValue(column, values[column.id])]));
}

function childPayload(view: EntityView, field: FieldDef & { type: 'child_table' }, rows: unknown): Record<string, unknown>[] {
  const child = view.related[field.entity];
  const columns = child ? childColumns(child, view.entity.key) : [];
  return (Array.isArray(rows) ? rows : []).map((row) => childRowPayload(columns, row));
}

/**
 * The request body: stored, non-computed fields of the form, child rows inline. Given the values the
 * form started from, only what changed is sent, so a PATCH never rewrites fields nobody touched.
 * The lifecycle field is never sent from the inputs: it changes through actions (the server answers
 * 422), and a new record's starting state is added by the save button that chose it.
 */
export function toPayload(view: EntityView, values: FormValues, initial?: FormValues): Record<string, unknown> {
  const payload: Record<string, unknown> = {};
  for (const field of formFields(view)) {
    if (isComputed(field) || field.id === view.entity.lifecycle?.field) continue;
    const read = (source: FormValues) => (field.type === 'child_table' ? childPayload(view, field, source[field.id]) : payloadValue(field, source[field.id]));
    const value = read(values);
    if (initial && JSON.stringify(value) === JSON.stringify(read(initial))) continue;
    payload[field.id] = value;
  }
  return payload;
}

/** API error paths use brackets (`lines[0].qty`); react-hook-form uses dots (`lines.0.qty`). */
export function toFormPath(apiPath: string): string {
  return apiPath.replace(/\[(\d+)\]/g, '.$1');
}
