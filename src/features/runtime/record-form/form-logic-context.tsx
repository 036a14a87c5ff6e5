'use client';

import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { useWatch } from 'react-hook-form';
import type { EntityView, RecordDto } from '@/engine/contract/api-types';
import { hasFieldRules, isFieldRequired, isFieldVisible, offeredOptions } from '@/engine/forms/field-logic';
import type { RuleContext } from '@/engine/forms/rule-context';
import { fieldRuleInputs, visibilityInputs } from '@/engine/forms/rule-inputs';
import { ruleValues } from '@/engine/forms/rule-values';
import { findField, type EntityLookup } from '@/engine/metadata/entity';
import { isComputed, type FieldDef, type SelectOption } from '@/engine/metadata/field';
import { ShellContext } from '@/features/shell/shell-context';
import type { RelationFilterValue } from '../widgets/relation-select';
import { baseValues, formLookup, scopeOf, watchedRuleData, type RuleScope } from './form-rule-data';
import type { FormValues } from './form-values';

export type FormLogic = {
  view: EntityView;
  lookup: EntityLookup;
  context: RuleContext;
  base: Record<string, unknown>;
  /** The scope of a react-hook-form path, built once per path (a form has hundreds of inputs). */
  scope: (name: string) => RuleScope | null;
};

const FormLogicContext = createContext<FormLogic | null>(null);

/** Gives the inputs below it the entity's form rules, evaluated with `context` (clock, current user). */
export function FormLogicProvider({ view, record, context, children }: { view: EntityView; record?: RecordDto; context: RuleContext; children: ReactNode }) {
  const logic = useMemo(() => {
    const base = baseValues(view, record, context);
    const scopes = new Map<string, RuleScope | null>();
    const scope = (name: string) => {
      // Every input of one scope shares it: the record's, or one child row's.
      const key = name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : '';
      if (!scopes.has(key)) scopes.set(key, scopeOf(view, base, name));
      return scopes.get(key) ?? null;
    };
    return { view, lookup: formLookup(view), context, base, scope };
  }, [view, record, context]);
  return <FormLogicContext.Provider value={logic}>{children}</FormLogicContext.Provider>;
}

export function useFormLogic(): FormLogic | null {
  return useContext(FormLogicContext);
}

const NO_INPUTS: readonly string[] = [];

/**
 * Subscribes to the inputs `ids` of a scope only: a keystroke elsewhere does not render the caller.
 * Returns the record as rules see it (normalised, formulas computed), or null outside a rule scope.
 */
function useScopeData(logic: FormLogic | null, scope: RuleScope | null, ids: readonly string[], hasRules: boolean) {
  const names = useMemo(() => (scope ? ids.map((id) => `${scope.prefix}${id}`) : []), [scope, ids]);
  const watched = useWatch<FormValues>({ name: names as string[], disabled: names.length === 0 }) as unknown[] | undefined;
  return useMemo(() => {
    if (!logic || !scope || !hasRules) return null;
    return ruleValues(scope.entity, watchedRuleData(logic.view, scope, ids, watched ?? []), logic.lookup);
  }, [logic, scope, ids, watched, hasRules]);
}

export type FieldLogic = {
  visible: boolean;
  required: boolean;
  /** Options offered now (selects with option rules), else undefined. */
  options?: SelectOption[];
  /** What a filtered relation picker offers: records whose `field` equals `value`. */
  relationFilter?: RelationFilterValue;
  scope: RuleScope | null;
  logic: FormLogic | null;
};

/**
 * How one input is shown right now: visible, required, its offered options and picker filter.
 * Re-renders only when a field its own rules read changes.
 */
export function useFieldLogic(field: FieldDef, name: string): FieldLogic {
  const logic = useFormLogic();
  const scope = useMemo(() => (logic ? logic.scope(name) : null), [logic, name]);
  const ids = scope ? fieldRuleInputs(scope.entity, field) : NO_INPUTS;
  const data = useScopeData(logic, scope, ids, hasFieldRules(field));
  return useMemo(() => {
    if (!logic || !scope || !data) return { visible: !field.hidden, required: Boolean(field.required) && !isComputed(field), scope, logic };
    const { context } = logic;
    const hasOptionRules = (field.type === 'single_select' || field.type === 'multi_select') && field.options.some((option) => option.visibleWhen !== undefined);
    const filterBy = field.type === 'relation' ? field.filterBy : undefined;
    const compared = filterBy ? data[filterBy.sourceField] : undefined;
    return {
      visible: isFieldVisible(field, data, context),
      required: isFieldRequired(field, data, context),
      options: hasOptionRules && (field.type === 'single_select' || field.type === 'multi_select') ? offeredOptions(field, data, context) : undefined,
      // An empty compared field filters nothing, as on the server.
      relationFilter: filterBy && compared !== null && compared !== undefined && compared !== '' ? { field: filterBy.targetField, value: compared } : undefined,
      scope,
      logic,
    };
  }, [logic, scope, data, field]);
}

/**
 * `useFieldLogic` for a field no rule concerns (`hasFieldRules` is false): the same answer, without
 * subscribing to any input. A form has hundreds of such fields.
 */
export function usePlainFieldLogic(field: FieldDef, name: string): FieldLogic {
  const logic = useFormLogic();
  return useMemo(() => {
    const scope = logic ? logic.scope(name) : null;
    return { visible: !field.hidden, required: Boolean(field.required) && !isComputed(field), scope, logic };
  }, [logic, name, field]);
}

/**
 * Whether a field of the record is shown now, for a layout that collapses the cell of a hidden
 * field. Re-renders only when a field its visibility rule reads changes. True outside a form.
 */
export function useFieldVisible(fieldId: string): boolean {
  const logic = useFormLogic();
  const field = logic ? findField(logic.view.entity, fieldId) : undefined;
  const scope = useMemo(() => (logic && field ? logic.scope(fieldId) : null), [logic, field, fieldId]);
  const ids = scope && field ? visibilityInputs(scope.entity, field) : NO_INPUTS;
  const data = useScopeData(logic, scope, ids, field?.visibleWhen !== undefined);
  if (!logic || !field) return true;
  return data ? isFieldVisible(field, data, logic.context) : !field.hidden;
}

/**
 * The clock and user a form's rules and defaults see: fixed when the form opens, so `today` does
 * not move while someone types. Outside the app shell (no signed-in user) current-user defaults
 * are left to the server.
 */
export function useRuleContext(): RuleContext {
  const shell = useContext(ShellContext);
  const user = shell?.user;
  const [context] = useState<RuleContext>(() => ({ now: new Date(), currentUser: user ? user.displayName || user.username : null }));
  return context;
}
