import { hasConditionalPresence } from '../forms/field-logic';
import { evaluateForm, type FormProblem } from '../forms/form-logic';
import type { RuleContext } from '../forms/rule-context';
import type { EntityDef, EntityLookup } from '../metadata/entity';
import type { FieldDef, FieldOf } from '../metadata/field';
import { labelText, type Label, type Locale } from '../metadata/keys';
import { normalizeFieldValue } from './field-value';
import type { FieldError } from './validate-record';

type Values = Record<string, unknown>;

export type RecordRuleOptions = {
  lookup: EntityLookup;
  context: RuleContext;
  /**
   * The caller's language when known. Designers' messages then use it (else zh-CN, which every
   * label has); the built-in sentences are in it too (else English, like the API's other errors).
   */
  locale?: Locale;
  /** Child tables whose rows are written now; the other tables' rows were checked when written. */
  freshChildren: ReadonlySet<string>;
  /** On update, the fields the change sets: picker filters are checked only where these touch them. */
  changed?: ReadonlySet<string>;
};

/** A picked record whose `filterBy.targetField` must equal `expected` (this record's `sourceField`). */
export type RelationFilterCheck = { path: string; field: FieldOf<'relation'>; source?: FieldDef; recordId: string; expected: unknown };

export type RecordRuleResult = { errors: FieldError[]; filterChecks: RelationFilterCheck[] };

const SENTENCES = {
  required: { en: (field: string) => `${field} is required`, 'zh-CN': (field: string) => `${field}为必填项` },
  notOffered: { en: (field: string) => `${field} is not one of the options offered for this record`, 'zh-CN': (field: string) => `${field}的取值不在当前可选范围内` },
  filterMismatch: {
    en: (field: string, target: string, source: string) => `${field} must be a record whose ${target} matches ${source}`,
    'zh-CN': (field: string, target: string, source: string) => `${field}只能选择${target}与${source}一致的记录`,
  },
} as const;

function sentenceLocale(locale: Locale | undefined): Locale {
  return locale ?? 'en';
}

function isFreshPath(path: string, fresh: ReadonlySet<string>): boolean {
  const table = /^([a-z][a-z0-9_]*)\[/.exec(path)?.[1];
  return table === undefined || fresh.has(table);
}

function toFieldError(entity: EntityDef, problem: FormProblem, locale: Locale | undefined): FieldError {
  const label: Label = problem.field?.label ?? entity.label;
  const shown = labelText(label, sentenceLocale(locale));
  switch (problem.code) {
    case 'rule_failed':
      return { field: problem.path, code: 'rule_failed', message: labelText(problem.message ?? label, locale ?? 'zh-CN'), params: { label, validation: problem.validation } };
    case 'invalid_option':
      return { field: problem.path, code: 'invalid_option', message: SENTENCES.notOffered[sentenceLocale(locale)](shown), params: { label } };
    case 'required':
      return { field: problem.path, code: 'required', message: SENTENCES.required[sentenceLocale(locale)](shown), params: { label } };
  }
}

/**
 * Relations with a picker filter to check against the picked record: visible, with a value, and
 * with a value on the compared side (an empty side filters nothing, as in the picker).
 */
function filterChecks(entity: EntityDef, values: Values, hidden: ReadonlySet<string>, prefix: string, changed: ReadonlySet<string> | undefined): RelationFilterCheck[] {
  const checks: RelationFilterCheck[] = [];
  for (const field of entity.fields) {
    if (field.type !== 'relation' || !field.filterBy || field.removed) continue;
    const path = `${prefix}${field.id}`;
    const recordId = values[field.id];
    const expected = values[field.filterBy.sourceField];
    if (hidden.has(path) || typeof recordId !== 'string' || expected === null || expected === undefined || expected === '') continue;
    if (changed && !changed.has(field.id) && !changed.has(field.filterBy.sourceField)) continue;
    checks.push({ path, field, source: entity.fields.find((candidate) => candidate.id === field.filterBy?.sourceField), recordId, expected });
  }
  return checks;
}

/**
 * What the entity's form rules say about a record about to be written (`values` after defaults,
 * formulas and rollups, child rows under their table's id): its problems as API field errors, and
 * the picker filters the caller must check against the picked records.
 */
export function checkRecordRules(entity: EntityDef, values: Values, options: RecordRuleOptions): RecordRuleResult {
  const result = evaluateForm(entity, values, { ...options.context, lookup: options.lookup });
  const errors = result.problems
    // Fields required without conditions were checked value by value when the input was read.
    .filter((problem) => !(problem.code === 'required' && problem.field && !hasConditionalPresence(problem.field)))
    .filter((problem) => isFreshPath(problem.path, options.freshChildren))
    .map((problem) => toFieldError(entity, problem, options.locale));

  const hidden = new Set(result.hidden);
  const checks = filterChecks(entity, values, hidden, '', options.changed);
  for (const field of entity.fields) {
    const rows = values[field.id];
    const child = field.type === 'child_table' && options.freshChildren.has(field.id) && !hidden.has(field.id) ? options.lookup(field.entity) : undefined;
    if (!child || !Array.isArray(rows)) continue;
    rows.forEach((row: Values, index) => checks.push(...filterChecks(child, row, hidden, `${field.id}[${index}].`, undefined)));
  }
  return { errors, filterChecks: checks };
}

/**
 * The error for a picker filter the picked record does not satisfy, given that record's value of
 * the compared field (`targetField` of the related entity); null when it matches.
 */
export function relationFilterError(check: RelationFilterCheck, targetField: FieldDef, actual: unknown, locale?: Locale): FieldError | null {
  const left = normalizeFieldValue(targetField, actual);
  const right = normalizeFieldValue(targetField, check.expected);
  if (left.ok && right.ok && JSON.stringify(left.value) === JSON.stringify(right.value)) return null;
  const language = sentenceLocale(locale);
  const source = check.source ? labelText(check.source.label, language) : check.field.filterBy!.sourceField;
  const message = SENTENCES.filterMismatch[language](labelText(check.field.label, language), labelText(targetField.label, language), source);
  return { field: check.path, code: 'rule_failed', message, params: { label: check.field.label, filterBy: check.field.filterBy } };
}
