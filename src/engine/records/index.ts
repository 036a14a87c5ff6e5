export * from './validate-record';
export { isEmptyValue } from './field-value';
export { compareDecimal, compareDecimalText, formatDecimal, parseDecimalNumber, parseDecimalText, type DecimalParts } from './decimal';
export { checkRecordRules, relationFilterError, type RecordRuleOptions, type RelationFilterCheck } from './record-rules';
