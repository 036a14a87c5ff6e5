import type { Locale } from '../../metadata/keys';
import type { ConditionOperator, ConditionValueType } from './condition-tree';

/*
 * The builder's words live beside the engine rather than in the UI's message files, so a rule reads
 * the same in the operator picker, in the designer's summary and anywhere else it is described.
 */

type Phrases = { label: string; sentence: string };
type Table = Record<ConditionOperator, Phrases>;

const ZH: Table = {
  equals: { label: '等于', sentence: '{field} 等于 {value}' },
  not_equals: { label: '不等于', sentence: '{field} 不等于 {value}' },
  greater_than: { label: '大于', sentence: '{field} 大于 {value}' },
  greater_or_equal: { label: '大于等于', sentence: '{field} 大于等于 {value}' },
  less_than: { label: '小于', sentence: '{field} 小于 {value}' },
  less_or_equal: { label: '小于等于', sentence: '{field} 小于等于 {value}' },
  is_empty: { label: '为空', sentence: '{field} 为空' },
  is_not_empty: { label: '不为空', sentence: '{field} 不为空' },
  contains: { label: '包含', sentence: '{field} 包含 {value}' },
  is_one_of: { label: '是其中之一', sentence: '{field} 是 {value} 之一' },
  on: { label: '是某天', sentence: '{field} 是 {value}' },
  before: { label: '早于', sentence: '{field} 早于 {value}' },
  after: { label: '晚于', sentence: '{field} 晚于 {value}' },
  in_last_days: { label: '在最近 N 天内', sentence: '{field} 在最近 {value} 天内' },
  in_next_days: { label: '在未来 N 天内', sentence: '{field} 在未来 {value} 天内' },
};

const EN: Table = {
  equals: { label: 'is', sentence: '{field} is {value}' },
  not_equals: { label: 'is not', sentence: '{field} is not {value}' },
  greater_than: { label: 'is greater than', sentence: '{field} > {value}' },
  greater_or_equal: { label: 'is at least', sentence: '{field} ≥ {value}' },
  less_than: { label: 'is less than', sentence: '{field} < {value}' },
  less_or_equal: { label: 'is at most', sentence: '{field} ≤ {value}' },
  is_empty: { label: 'is empty', sentence: '{field} is empty' },
  is_not_empty: { label: 'is not empty', sentence: '{field} is not empty' },
  contains: { label: 'contains', sentence: '{field} contains {value}' },
  is_one_of: { label: 'is one of', sentence: '{field} is one of {value}' },
  on: { label: 'is on', sentence: '{field} is on {value}' },
  before: { label: 'is before', sentence: '{field} is before {value}' },
  after: { label: 'is after', sentence: '{field} is after {value}' },
  in_last_days: { label: 'is within the last N days', sentence: '{field} is within the last {value} days' },
  in_next_days: { label: 'is within the next N days', sentence: '{field} is within the next {value} days' },
};

/** Where a field type changes the meaning of an operator's words. */
const MULTI_SELECT: Record<Locale, Partial<Table>> = {
  'zh-CN': { is_one_of: { label: '包含任一', sentence: '{field} 包含 {value} 中的任一项' } },
  en: { contains: { label: 'includes', sentence: '{field} includes {value}' }, is_one_of: { label: 'has any of', sentence: '{field} has any of {value}' } },
};

function phrasesFor(operator: ConditionOperator, type: ConditionValueType | null, locale: Locale): Phrases {
  const special = type === 'multi_select' ? MULTI_SELECT[locale][operator] : undefined;
  return special ?? (locale === 'en' ? EN : ZH)[operator];
}

/** The operator's name in the picker. */
export function operatorLabel(operator: ConditionOperator, type: ConditionValueType | null, locale: Locale): string {
  return phrasesFor(operator, type, locale).label;
}

export function conditionSentence(operator: ConditionOperator, type: ConditionValueType | null, locale: Locale, field: string, value: string): string {
  // One pass with a function: a label or value holding "{value}" or "$&" is inserted as written.
  return phrasesFor(operator, type, locale).sentence.replace(/\{(field|value)\}/g, (_match, slot: string) => (slot === 'field' ? field : value));
}

export const CONNECTIVES: Record<Locale, { and: string; or: string; open: string; close: string; list: string; yes: string; no: string; missing: string; none: string }> = {
  'zh-CN': { and: ' 且 ', or: ' 或 ', open: '（', close: '）', list: '、', yes: '是', no: '否', missing: '（未填）', none: '无条件' },
  en: { and: ' and ', or: ' or ', open: '(', close: ')', list: ', ', yes: 'Yes', no: 'No', missing: '(not set)', none: 'no conditions' },
};
