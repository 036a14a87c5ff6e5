import type { FieldDef } from '@/engine/metadata/field';
import { formulaToRule, newFormulaLeaf } from '@/engine/rules/builder';
import type { ActionConfig } from '@/engine/workflow';

export type SetFieldAction = Extract<ActionConfig, { kind: 'set_field' }>;
/** A set-field step writes a fixed value or one a formula computes from the record. */
export type SetFieldSource = 'value' | 'rule';

export function setFieldSource(action: SetFieldAction): SetFieldSource {
  return action.rule !== undefined ? 'rule' : 'value';
}

/**
 * The step switched to the other source. The definition holds exactly one of the two, so the
 * other is dropped; a new formula starts from the record's first field, as the formula builder does.
 */
export function withSetFieldSource(action: SetFieldAction, source: SetFieldSource, fields: readonly FieldDef[]): SetFieldAction {
  if (source === setFieldSource(action)) return action;
  return source === 'rule'
    ? { kind: 'set_field', field: action.field, rule: formulaToRule(newFormulaLeaf(fields.filter((field) => !field.removed && field.type !== 'child_table'))) }
    : { kind: 'set_field', field: action.field, value: '' };
}

export type CounterEffectAction = Extract<ActionConfig, { kind: 'counter_effect' }>;

/** The counter step with its guard (json-logic over the adjusted record) set, or gone when the last condition is removed. */
export function withCounterGuard(action: CounterEffectAction, guard: unknown): CounterEffectAction {
  const { guard: _previous, ...rest } = action;
  return guard === undefined ? rest : { ...rest, guard };
}
