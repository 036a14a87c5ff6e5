import { findField, type EntityDef, type EntityLookup } from '../metadata/entity';
import { isComputed, type FieldDef } from '../metadata/field';
import { labelText } from '../metadata/keys';
import { RuleError, ruleVariables } from '../rules';

const named = (field: FieldDef) => `"${labelText(field.label, 'en')}" (${field.id})`;

/** The kind of value a field holds, for comparing a picker filter's two sides. */
function valueKind(field: FieldDef): string {
  switch (field.type) {
    case 'relation':
      return `relation:${field.entity}`;
    case 'number':
    case 'money':
    case 'rollup':
      return 'number';
    case 'formula':
      return field.resultType === 'money' ? 'number' : field.resultType;
    case 'datetime':
    case 'date':
    case 'boolean':
    case 'multi_select':
    case 'child_table':
      return field.type;
    default:
      return 'text';
  }
}

const DEFAULT_TYPES: Record<string, readonly string[]> = {
  today: ['date', 'datetime', 'text', 'long_text'],
  now: ['date', 'datetime', 'text', 'long_text'],
  currentUser: ['text', 'long_text'],
};

/**
 * Problems that keep an entity's form rules from being published, worded for the person who wrote
 * them: a condition that is not a valid rule or reads a field the entity lacks, a picker filter or
 * a validation naming a field that does not exist, a default the field cannot hold.
 */
export function checkFormRules(entity: EntityDef, lookup: EntityLookup): string[] {
  const problems: string[] = [];
  const entityName = `"${labelText(entity.label, 'en')}"`;

  /** `what` starts the sentence: 'Field "Discount" (discount): its "visible when" condition'. */
  const checkCondition = (what: string, rule: unknown) => {
    let variables: string[];
    try {
      variables = ruleVariables(rule);
    } catch (error) {
      if (!(error instanceof RuleError)) throw error;
      problems.push(`${what} is not a valid condition: ${error.message}`);
      return;
    }
    for (const id of variables) {
      const target = findField(entity, id);
      if (!target) problems.push(`${what} uses "${id}", which is not a field of ${entityName}`);
      else if (target.removed) problems.push(`${what} uses ${named(target)}, which has been removed`);
    }
  };

  for (const field of entity.fields) {
    if (field.removed) continue;
    const subject = `Field ${named(field)}`;
    if (field.visibleWhen !== undefined) checkCondition(`${subject}: its "visible when" condition`, field.visibleWhen);
    if (field.requiredWhen !== undefined) checkCondition(`${subject}: its "required when" condition`, field.requiredWhen);
    if (field.type === 'single_select' || field.type === 'multi_select') {
      for (const option of field.options) {
        if (option.visibleWhen !== undefined) checkCondition(`${subject}: the condition of option "${labelText(option.label, 'en')}"`, option.visibleWhen);
      }
    }
    if (field.defaultFrom) {
      const kind = field.defaultFrom.kind;
      if (isComputed(field) || field.type === 'child_table') problems.push(`${subject} is filled in by the system, so it cannot have a default`);
      else if (kind === 'rule') checkCondition(`${subject}: its default value formula`, field.defaultFrom.rule);
      else if (!DEFAULT_TYPES[kind].includes(field.type)) problems.push(`${subject}: a ${field.type.replace('_', ' ')} field cannot default to ${kind === 'currentUser' ? 'the current user' : kind}`);
    }
    if (field.type === 'relation' && field.filterBy) {
      const target = field.entity === entity.key ? entity : lookup(field.entity);
      const targetField = target ? findField(target, field.filterBy.targetField) : undefined;
      const sourceField = findField(entity, field.filterBy.sourceField);
      // An unknown target entity is reported by the reference check.
      if (target && (!targetField || targetField.removed)) {
        problems.push(`${subject}: its picker filter compares "${field.filterBy.targetField}", which is not a field of "${labelText(target.label, 'en')}"`);
      }
      if (!sourceField || sourceField.removed) {
        problems.push(`${subject}: its picker filter compares with "${field.filterBy.sourceField}", which is not a field of ${entityName}`);
      }
      if (targetField && !targetField.removed && sourceField && !sourceField.removed) {
        if ([targetField, sourceField].some((side) => side.type === 'child_table' || side.type === 'multi_select')) {
          problems.push(`${subject}: its picker filter can only compare single values, not ${named(targetField.type === 'child_table' || targetField.type === 'multi_select' ? targetField : sourceField)}`);
        } else if (valueKind(targetField) !== valueKind(sourceField)) {
          problems.push(`${subject}: its picker filter compares ${named(targetField)} with ${named(sourceField)}, which hold different kinds of values`);
        }
      }
    }
  }

  for (const validation of entity.validations ?? []) {
    const subject = `Validation "${labelText(validation.message, 'en')}" (${validation.id})`;
    checkCondition(`${subject}: its condition`, validation.rule);
    for (const id of validation.fields ?? []) {
      const target = findField(entity, id);
      if (!target) problems.push(`${subject} is shown next to "${id}", which is not a field of ${entityName}`);
      else if (target.removed) problems.push(`${subject} is shown next to ${named(target)}, which has been removed`);
    }
  }
  return problems;
}
