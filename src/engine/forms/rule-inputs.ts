import { findField, type EntityDef, type EntityLookup } from '../metadata/entity';
import type { FieldDef } from '../metadata/field';
import { ruleVariables } from '../rules';
import { hasFieldRules } from './field-logic';

function variablesOf(rule: unknown): string[] {
  try {
    return ruleVariables(rule);
  } catch {
    return []; // publishing refuses malformed rules; at run time one simply reads nothing
  }
}

/**
 * The fields whose values can change what `rule` says: the fields it reads and, through the
 * formulas and rollups among them, the inputs those are computed from (a rollup's child table).
 */
export function ruleInputs(entity: EntityDef, rule: unknown): string[] {
  const inputs = new Set<string>();
  const visit = (id: string) => {
    if (inputs.has(id)) return;
    inputs.add(id);
    const field = findField(entity, id);
    if (field?.type === 'formula') variablesOf(field.expression).forEach(visit);
    if (field?.type === 'rollup') visit(field.child);
  };
  variablesOf(rule).forEach(visit);
  return [...inputs];
}

const fieldInputs = new WeakMap<FieldDef, string[]>();
const visibilityInputsCache = new WeakMap<FieldDef, string[]>();

/** Inputs of a field's `visibleWhen` alone (what a layout needs to collapse its cell). */
export function visibilityInputs(entity: EntityDef, field: FieldDef): string[] {
  let inputs = visibilityInputsCache.get(field);
  if (!inputs) {
    inputs = field.visibleWhen === undefined ? [] : ruleInputs(entity, field.visibleWhen);
    visibilityInputsCache.set(field, inputs);
  }
  return inputs;
}

/**
 * Everything that can change how one field is shown: its visibility, its required mark, the
 * options it offers and the records its picker offers. Cached per field definition (published
 * definitions never change in place).
 */
export function fieldRuleInputs(entity: EntityDef, field: FieldDef): string[] {
  let inputs = fieldInputs.get(field);
  if (!inputs) {
    const rules: unknown[] = [field.visibleWhen, field.requiredWhen];
    if (field.type === 'single_select' || field.type === 'multi_select') rules.push(...field.options.map((option) => option.visibleWhen));
    const found = new Set(rules.filter((rule) => rule !== undefined).flatMap((rule) => ruleInputs(entity, rule)));
    if (field.type === 'relation' && field.filterBy) found.add(field.filterBy.sourceField);
    inputs = [...found];
    fieldInputs.set(field, inputs);
  }
  return inputs;
}

const ruleful = new WeakMap<EntityDef, boolean>();

/**
 * Whether any rule that can refuse a record applies: visibility, a conditional requirement, an
 * option or picker filter, a cross-field validation. Cached per definition (never changed in place).
 */
export function hasFormRules(entity: EntityDef): boolean {
  let found = ruleful.get(entity);
  if (found === undefined) {
    found = (entity.validations?.length ?? 0) > 0 || entity.fields.some((field) => !field.removed && hasFieldRules(field));
    ruleful.set(entity, found);
  }
  return found;
}

/** hasFormRules for the entity or the entity of any of its child tables. */
export function needsRuleCheck(entity: EntityDef, lookup: EntityLookup): boolean {
  if (hasFormRules(entity)) return true;
  return entity.fields.some((field) => {
    const child = field.type === 'child_table' && !field.removed ? lookup(field.entity) : undefined;
    return child !== undefined && child !== entity && hasFormRules(child);
  });
}

const dependentsCache = new WeakMap<EntityDef, Map<string, string[]>>();

/**
 * For each field, the fields whose cross-field validation messages read it: when it changes,
 * those are checked again. Fields no validation reads are absent. Cached per definition.
 */
export function validationDependents(entity: EntityDef): Map<string, string[]> {
  const cached = dependentsCache.get(entity);
  if (cached) return cached;
  const dependents = new Map<string, Set<string>>();
  for (const validation of entity.validations ?? []) {
    for (const input of ruleInputs(entity, validation.rule)) {
      for (const shown of validation.fields ?? []) {
        if (shown === input) continue;
        const set = dependents.get(input) ?? new Set<string>();
        set.add(shown);
        dependents.set(input, set);
      }
    }
  }
  const result = new Map([...dependents].map(([id, set]) => [id, [...set]]));
  dependentsCache.set(entity, result);
  return result;
}
