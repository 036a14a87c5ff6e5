export { RuleError, type RuleErrorCode } from './rule-error';
export { RULE_LIMITS } from './limits';
export { checkRule } from './check-rule';
export { evaluateRule, type EvaluateOptions } from './evaluate-rule';
export { ruleVariables } from './rule-variables';
export { truthy, ALLOWED_OPERATORS } from './operators';
export { roundDecimal } from '../decimal/decimal';
export { computeFormulas, checkFormulas } from './compute-formulas';
