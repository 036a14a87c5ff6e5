import type { EntityView } from '@/engine/contract/api-types';
import { activeFields, findField } from '@/engine/metadata/entity';
import { isStored, type FieldDef } from '@/engine/metadata/field';

export type ListFields = {
  /** Every field that can be a column, the form's list columns first. */
  available: FieldDef[];
  /** The form's list columns (or the first six stored fields): the default choice and the filter bar. */
  defaults: FieldDef[];
};

export function listFields(view: EntityView): ListFields {
  const stored = activeFields(view.entity).filter(isStored);
  const fromForm = (view.form.listColumns ?? [])
    .map((id) => findField(view.entity, id))
    .filter((field): field is FieldDef => !!field && !field.removed && isStored(field));
  const defaults = fromForm.length > 0 ? fromForm : stored.slice(0, 6);
  return { defaults, available: [...defaults, ...stored.filter((field) => !defaults.includes(field))] };
}
