export { holds, todayIn, type RuleContext } from './rule-context';
export { ruleValues } from './rule-values';
export { fieldRuleInputs, hasFormRules, needsRuleCheck, ruleInputs, validationDependents, visibilityInputs } from './rule-inputs';
export { hasConditionalPresence, hasFieldRules, isFieldRequired, isFieldVisible, offeredOptions } from './field-logic';
export { defaultValueFor, fieldDefaults, newRecordDefaults } from './default-values';
export { evaluateForm, failingValidations, type FormLogicOptions, type FormLogicResult, type FormProblem, type FormProblemCode } from './form-logic';
export { checkFormRules } from './check-form-rules';
