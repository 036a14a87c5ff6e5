'use client';

import { useTranslations } from 'next-intl';
import { useCallback } from 'react';
import { hasFieldRules, isFieldRequired, isFieldVisible, offeredOptions } from '@/engine/forms/field-logic';
import { holds } from '@/engine/forms/rule-context';
import { ruleValues } from '@/engine/forms/rule-values';
import { isEmptyValue } from '@/engine/records/field-value';
import type { EntityValidation } from '@/engine/metadata/entity';
import { isComputed, type FieldDef } from '@/engine/metadata/field';
import { useLabel } from '../use-label';
import type { FieldLogic } from './form-logic-context';
import { scopeRuleData } from './form-rule-data';
import type { FormValues } from './form-values';

/** Whether any rule concerns this input; the others need only the static requirement check. */
function hasRules(field: FieldDef, validations: EntityValidation[] | undefined): boolean {
  return hasFieldRules(field) || (validations ?? []).some((validation) => validation.fields?.includes(field.id));
}

function isOffered(value: unknown, offered: string[]): boolean {
  return Array.isArray(value) ? value.every((item) => offered.includes(item as string)) : offered.includes(value as string);
}

/**
 * The react-hook-form check of one input against the form rules, on the whole form's current
 * values: required (statically or by its rule), an option still offered, and the cross-field
 * validations shown next to it. Runs on blur, on change once touched, on submit, and when a field
 * a validation reads changes; never while typing in unrelated fields.
 */
export function useFieldCheck(field: FieldDef, logic: FieldLogic): ((value: unknown, values: FormValues) => true | string) | undefined {
  const t = useTranslations('form');
  const rules = useTranslations('formRules');
  const label = useLabel();
  const { scope, logic: form } = logic;
  const check = useCallback(
    (value: unknown, values: FormValues) => {
      const fieldName = label(field.label);
      // A switch always has a value, so "required" cannot fail for it.
      const missing = field.type !== 'boolean' && isEmptyValue(field, value);
      const staticCheck = () => (missing && Boolean(field.required) && !isComputed(field) ? t('required', { field: fieldName }) : true);
      if (!scope || !form || !hasRules(field, scope.entity.validations)) return staticCheck();
      const data = ruleValues(scope.entity, scopeRuleData(form.view, scope, values), form.lookup);
      if (!isFieldVisible(field, data, form.context)) return true;
      if (missing && isFieldRequired(field, data, form.context)) return t('required', { field: fieldName });
      if ((field.type === 'single_select' || field.type === 'multi_select') && !missing) {
        const offered = offeredOptions(field, data, form.context).map((option) => option.value);
        if (!isOffered(value, offered)) return rules('optionNotOffered', { field: fieldName });
      }
      const failed = (scope.entity.validations ?? []).find((validation) => validation.fields?.includes(field.id) && !holds(validation.rule, data, form.context));
      return failed ? label(failed.message) : true;
    },
    [field, scope, form, label, t, rules],
  );
  // An optional field no rule concerns has nothing to check: typing in it runs no validation at all.
  const needed = (Boolean(field.required) && !isComputed(field)) || hasRules(field, scope?.entity.validations);
  return needed ? check : undefined;
}
