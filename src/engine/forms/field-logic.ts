import { isComputed, type FieldDef, type FieldOf, type SelectOption } from '../metadata/field';
import { holds, type RuleContext } from './rule-context';

type Values = Record<string, unknown>;
type SelectField = FieldOf<'single_select'> | FieldOf<'multi_select'>;

/** Shown in forms: not `hidden`, and its `visibleWhen` (if any) holds. */
export function isFieldVisible(field: FieldDef, data: Values, context: RuleContext): boolean {
  if (field.hidden || field.removed) return false;
  return field.visibleWhen === undefined || holds(field.visibleWhen, data, context);
}

/** Required right now: visible, entered by people, and `required` or its `requiredWhen` holds. */
export function isFieldRequired(field: FieldDef, data: Values, context: RuleContext): boolean {
  if (isComputed(field) || !isFieldVisible(field, data, context)) return false;
  return Boolean(field.required) || (field.requiredWhen !== undefined && holds(field.requiredWhen, data, context));
}

/** The options a select offers for this record: those without a rule, and those whose rule holds. */
export function offeredOptions(field: SelectField, data: Values, context: RuleContext): SelectOption[] {
  return field.options.filter((option) => option.visibleWhen === undefined || holds(option.visibleWhen, data, context));
}

/** Whether any rule shapes how the field is shown: visibility, requirement, offered options or records. */
export function hasFieldRules(field: FieldDef): boolean {
  if (field.hidden || field.visibleWhen !== undefined || field.requiredWhen !== undefined) return true;
  if (field.type === 'relation') return field.filterBy !== undefined;
  return (field.type === 'single_select' || field.type === 'multi_select') && field.options.some((option) => option.visibleWhen !== undefined);
}

/**
 * Whether a field's presence depends on the record (a visibility or requirement rule, or never
 * shown). Such a field's `required` is decided by the form logic on the whole record, not by the
 * per-value input check.
 */
export function hasConditionalPresence(field: FieldDef): boolean {
  return Boolean(field.hidden) || field.visibleWhen !== undefined || field.requiredWhen !== undefined;
}
