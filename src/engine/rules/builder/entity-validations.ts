import type { EntityDef } from '../../metadata/entity';
import type { FieldDef } from '../../metadata/field';
import { conditionFields, operatorsFor, type Condition } from './condition-tree';
import { rootToRule } from './tree-to-rule';
import { newCondition } from './tree-edit';

/** A cross-field validation as the entity stores it: the record is valid while `rule` is truthy. */
export type EntityValidation = NonNullable<EntityDef['validations']>[number];

export function nextValidationId(validations: readonly EntityValidation[]): string {
  const taken = new Set(validations.map((validation) => validation.id));
  let n = validations.length + 1;
  while (taken.has(`validation_${n}`)) n += 1;
  return `validation_${n}`;
}

/** A validation to start from: "<first field> is not empty", with a message the designer rewrites. */
export function newValidation(validations: readonly EntityValidation[], fields: readonly FieldDef[]): EntityValidation {
  const candidates = conditionFields(fields);
  const first = candidates.find((field) => operatorsFor(field).includes('is_not_empty')) ?? candidates[0];
  const condition: Condition | undefined =
    first && (operatorsFor(first).includes('is_not_empty') ? { kind: 'condition', field: first.id, operator: 'is_not_empty' } : newCondition(first));
  // With no field to test there is nothing to build; `true` keeps the document valid until there is.
  const rule = condition ? rootToRule({ kind: 'group', op: 'and', children: [condition] }, fields) : true;
  return {
    id: nextValidationId(validations),
    rule,
    message: { 'zh-CN': '填写的内容不符合校验规则', en: 'The record does not pass this validation' },
    ...(first ? { fields: [first.id] } : {}),
  };
}
