export * from './condition-tree';
export { treeToRule, rootToRule } from './tree-to-rule';
export { ruleToTree, ruleToRoot } from './rule-to-tree';
export {
  newCondition, withField, withOperator, withValue, updateAt, removeAt, appendAt, applyTreeEdit, incompletePaths, type TreePath, type TreeEdit,
} from './tree-edit';
export { describeTree, describeRule } from './describe-rule';
export { operatorLabel } from './phrases';
export * from './formula-tree';
export * from './formula-edit';
export { describeFormula, describeFormulaTree } from './describe-formula';
export { newValidation, nextValidationId, type EntityValidation } from './entity-validations';
