import { activeFields, type EntityDef, type EntityLookup, type EntityValidation } from '../metadata/entity';
import { isComputed, type FieldDef } from '../metadata/field';
import type { Label } from '../metadata/keys';
import { isEmptyValue } from '../records/field-value';
import { isFieldRequired, isFieldVisible, offeredOptions } from './field-logic';
import { holds, type RuleContext } from './rule-context';
import { ruleValues } from './rule-values';

type Values = Record<string, unknown>;

export type FormProblemCode = 'required' | 'invalid_option' | 'rule_failed';

/**
 * One reason the record cannot be saved. `path` is the field (`qty`, `lines[0].qty` in a child
 * row) or `''` / `lines[0]` for a rule about the record as a whole; `message` is the designer's text.
 */
export type FormProblem = { path: string; code: FormProblemCode; field?: FieldDef; message?: Label; validation?: string };

export type FormLogicResult = {
  /** Paths of fields not shown (their value is kept, never required, errors not reported). */
  hidden: string[];
  /** Paths of fields required right now. */
  required: string[];
  /** Offered option values of each select field, by path. */
  options: Record<string, string[]>;
  /** At most one problem per field (required first), plus any number about the record as a whole. */
  problems: FormProblem[];
};

export type FormLogicOptions = RuleContext & { lookup?: EntityLookup };

/** Validations whose rule does not hold for the record's (rule) values. */
export function failingValidations(entity: EntityDef, data: Values, context: RuleContext): EntityValidation[] {
  return (entity.validations ?? []).filter((validation) => !holds(validation.rule, data, context));
}

function isValueOffered(value: unknown, offered: string[]): boolean {
  if (Array.isArray(value)) return value.every((item) => offered.includes(item as string));
  return offered.includes(value as string);
}

function evaluateRecord(entity: EntityDef, data: Values, prefix: string, options: FormLogicOptions, result: FormLogicResult): void {
  const path = (id: string) => `${prefix}${id}`;
  const visible = new Set<string>();
  const reported = new Set<string>();
  const report = (problem: FormProblem) => {
    if (reported.has(problem.path)) return;
    reported.add(problem.path);
    result.problems.push(problem);
  };

  for (const field of activeFields(entity)) {
    if (!isFieldVisible(field, data, options)) {
      result.hidden.push(path(field.id));
      continue;
    }
    visible.add(field.id);
    const value = data[field.id];
    if (isFieldRequired(field, data, options)) {
      result.required.push(path(field.id));
      if (isEmptyValue(field, value)) report({ path: path(field.id), code: 'required', field });
    }
    if ((field.type === 'single_select' || field.type === 'multi_select') && !isComputed(field)) {
      const offered = offeredOptions(field, data, options).map((option) => option.value);
      result.options[path(field.id)] = offered;
      if (!isEmptyValue(field, value) && !isValueOffered(value, offered)) report({ path: path(field.id), code: 'invalid_option', field });
    }
    const child = field.type === 'child_table' ? options.lookup?.(field.entity) : undefined;
    if (child && Array.isArray(value)) {
      value.forEach((row, index) => {
        if (row && typeof row === 'object') evaluateRecord(child, row as Values, `${path(field.id)}[${index}].`, options, result);
      });
    }
  }

  for (const validation of failingValidations(entity, data, options)) {
    const base = { code: 'rule_failed' as const, message: validation.message, validation: validation.id };
    if (!validation.fields?.length) {
      // A rule about the record as a whole: `''` at the top, the row's own path inside a table.
      result.problems.push({ ...base, path: prefix.replace(/\.$/, '') });
      continue;
    }
    // A message shown only next to hidden fields is not reported: nobody could act on it.
    for (const id of validation.fields) if (visible.has(id)) report({ ...base, path: path(id), field: activeFields(entity).find((f) => f.id === id) });
  }
}

/**
 * The form logic of one record, the same in the browser (while typing) and on the server (before
 * writing): which fields are hidden and required, which options are offered, and what blocks
 * saving. `values` may be form values or validated input; both are read through ruleValues.
 */
export function evaluateForm(entity: EntityDef, values: Values, options: FormLogicOptions): FormLogicResult {
  const result: FormLogicResult = { hidden: [], required: [], options: {}, problems: [] };
  evaluateRecord(entity, ruleValues(entity, values, options.lookup), '', options, result);
  return result;
}
