import type { FieldDef } from '../../metadata/field';
import { labelText, type Locale } from '../../metadata/keys';
import { conditionValueType, valueKindOf, type Condition, type ConditionNode } from './condition-tree';
import { CONNECTIVES, conditionSentence } from './phrases';
import { ruleToTree } from './rule-to-tree';

type Fields = ReadonlyMap<string, FieldDef>;

function optionLabel(field: FieldDef | undefined, value: string, locale: Locale): string {
  const options = field?.type === 'single_select' || field?.type === 'multi_select' ? field.options : [];
  const option = options.find((candidate) => candidate.value === value);
  return option ? labelText(option.label, locale) : value;
}

function valueText(condition: Condition, field: FieldDef | undefined, locale: Locale): string {
  const words = CONNECTIVES[locale];
  const { value } = condition;
  if (value === undefined || (Array.isArray(value) && value.length === 0)) return words.missing;
  const kind = field ? valueKindOf(field, condition.operator) : 'text';
  switch (kind) {
    case 'boolean':
      return value ? words.yes : words.no;
    case 'option':
      return optionLabel(field, String(value), locale);
    case 'options':
      return (value as string[]).map((item) => optionLabel(field, item, locale)).join(words.list);
    case 'text':
      return `“${String(value)}”`;
    default:
      return String(value);
  }
}

function describeCondition(condition: Condition, fields: Fields, locale: Locale): string {
  const field = fields.get(condition.field);
  const name = field ? labelText(field.label, locale) : condition.field;
  return conditionSentence(condition.operator, field ? conditionValueType(field) : null, locale, name, valueText(condition, field, locale));
}

function describeNode(node: ConditionNode, fields: Fields, locale: Locale, nested: boolean): string {
  if (node.kind === 'condition') return describeCondition(node, fields, locale);
  const words = CONNECTIVES[locale];
  if (node.children.length === 0) return nested ? `${words.open}${words.none}${words.close}` : words.none;
  const text = node.children.map((child) => describeNode(child, fields, locale, true)).join(words[node.op]);
  return nested && node.children.length > 1 ? `${words.open}${text}${words.close}` : text;
}

/** A condition tree as one sentence with field and option labels, e.g. "Total amount > 1000 and Status is Paid". */
export function describeTree(node: ConditionNode, fields: readonly FieldDef[], locale: Locale): string {
  return describeNode(node, new Map(fields.map((field) => [field.id, field])), locale, false);
}

/** The sentence for a stored rule, or null when the builder cannot read it (see ruleToTree). */
export function describeRule(rule: unknown, fields: readonly FieldDef[], locale: Locale): string | null {
  const tree = ruleToTree(rule, fields);
  return tree ? describeTree(tree, fields, locale) : null;
}
