import { activeFields, findField, type EntityDef } from '@/engine/metadata/entity';
import type { FieldDef, FieldOf } from '@/engine/metadata/field';
import { checkRule, RuleError } from '@/engine/rules';
import { checkAutoNumberPattern } from './auto-number-pattern';
import { constantDefaultProblem } from './default-value';
import { canCopy, valueKind } from './linkage';
import { optionProblems } from './select-options';
import { checkTextPattern } from './text-pattern';

export type PropertySection = 'basics' | 'rules' | 'validation' | 'default' | 'linkage' | 'advanced';
export type ProblemParams = Record<string, string | number>;
/** `code` names a message under studio.fieldProps.problems; `property` is the control it belongs to. */
export type PropertyProblem = { section: PropertySection; property: string; code: string; params?: ProblemParams };

export type FieldContext = {
  /** The entity being designed, as edited so far. */
  entity: EntityDef;
  /** Other entities by key; undefined when unknown (or not loaded yet). */
  lookup: (key: string) => EntityDef | undefined;
  /** False while the entity list loads: unknown targets are not reported until it has. */
  catalogReady: boolean;
};

const NUMERIC_TYPES = new Set(['number', 'money', 'formula', 'rollup']);

function stringParams(params: Record<string, unknown>): ProblemParams {
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, typeof value === 'number' ? value : String(value)]));
}

function basicsProblems(field: FieldDef, ctx: FieldContext): PropertyProblem[] {
  const problems: PropertyProblem[] = [];
  const basic = (property: string, code: string, params?: ProblemParams) => problems.push({ section: 'basics', property, code, ...(params ? { params } : {}) });
  if (field.label['zh-CN'].trim() === '') basic('labelZh', 'label_required');
  if (field.placeholder && field.placeholder['zh-CN'] === '') basic('placeholderZh', 'zh_required');
  if (field.help && field.help['zh-CN'] === '') basic('helpZh', 'zh_required');
  if (field.type === 'single_select' || field.type === 'multi_select') {
    if (field.options.length === 0) basic('options', 'options_required');
    for (const problem of optionProblems(field.options)) basic(`options.${problem.index}.${problem.part}`, problem.code);
  }
  if (field.type === 'auto_number') {
    for (const { code, ...params } of checkAutoNumberPattern(field.pattern)) basic('autoNumberPattern', `auto_number_${code}`, params);
  }
  if (field.type === 'formula') {
    try {
      checkRule(field.expression);
    } catch (error) {
      if (!(error instanceof RuleError)) throw error;
      basic('expression', 'formula_invalid', { detail: error.message });
    }
  }
  if (field.type === 'rollup') problems.push(...rollupProblems(field, ctx));
  return problems;
}

function childEntity(ctx: FieldContext, childTableId: string): { isChildTable: boolean; entity?: EntityDef } {
  const childTable = findField(ctx.entity, childTableId);
  if (childTable?.type !== 'child_table' || childTable.removed) return { isChildTable: false };
  return { isChildTable: true, entity: ctx.lookup(childTable.entity) };
}

function rollupProblems(field: FieldOf<'rollup'>, ctx: FieldContext): PropertyProblem[] {
  const problem = (property: string, code: string, params?: ProblemParams): PropertyProblem => ({ section: 'basics', property, code, ...(params ? { params } : {}) });
  if (field.child === '') return [problem('rollupChild', 'rollup_child_required')];
  const child = childEntity(ctx, field.child);
  if (!child.isChildTable) return [problem('rollupChild', 'rollup_child_unknown', { child: field.child })];
  if (field.op === 'count') return [];
  if (!field.field) return [problem('rollupField', 'rollup_field_required')];
  if (!child.entity) return [];
  const source = findField(child.entity, field.field);
  if (!source || source.removed || !NUMERIC_TYPES.has(source.type)) return [problem('rollupField', 'rollup_field_not_numeric', { field: field.field })];
  return [];
}

function validationProblems(field: FieldDef): PropertyProblem[] {
  const problems: PropertyProblem[] = [];
  if ((field.type === 'number' || field.type === 'money') && field.min !== undefined && field.max !== undefined && field.min > field.max) {
    problems.push({ section: 'validation', property: 'max', code: 'min_above_max' });
  }
  if (field.type === 'number' && !field.integer && field.scale > field.precision) {
    problems.push({ section: 'validation', property: 'scale', code: 'scale_above_precision' });
  }
  if (field.type === 'text' && field.pattern) {
    const check = checkTextPattern(field.pattern);
    if (!check.ok) problems.push({ section: 'validation', property: 'pattern', code: `pattern_${check.reason}`, params: { detail: check.detail ?? '' } });
  }
  return problems;
}

function defaultProblems(field: FieldDef): PropertyProblem[] {
  if (field.copyFrom && (field.defaultValue !== undefined || field.defaultFrom)) {
    return [{ section: 'default', property: 'defaultValue', code: 'default_with_copy' }];
  }
  const problem = constantDefaultProblem(field);
  return problem ? [{ section: 'default', property: 'defaultValue', code: `default_${problem.code}`, params: stringParams(problem.params) }] : [];
}

function relationTarget(field: FieldDef, ctx: FieldContext): EntityDef | undefined {
  if (field.type !== 'relation' || field.entity === '') return undefined;
  return field.entity === ctx.entity.key ? ctx.entity : ctx.lookup(field.entity);
}

function linkageProblems(field: FieldDef, ctx: FieldContext): PropertyProblem[] {
  const problems: PropertyProblem[] = [];
  const linkage = (property: string, code: string, params?: ProblemParams) => problems.push({ section: 'linkage', property, code, ...(params ? { params } : {}) });
  if (field.type === 'relation') {
    const target = relationTarget(field, ctx);
    if (field.entity === '') linkage('entity', 'relation_entity_required');
    else if (!target && ctx.catalogReady) linkage('entity', 'relation_entity_unknown', { entity: field.entity });
    if (field.filterBy && target) {
      const source = findField(ctx.entity, field.filterBy.sourceField);
      const compared = findField(target, field.filterBy.targetField);
      if (!source || source.removed) linkage('filterBy', 'filter_source_unknown', { field: field.filterBy.sourceField });
      else if (!compared || compared.removed) linkage('filterBy', 'filter_target_unknown', { field: field.filterBy.targetField });
      else if (valueKind(source) !== valueKind(compared)) linkage('filterBy', 'filter_mismatch');
    }
  }
  if (field.copyFrom) {
    const relation = findField(ctx.entity, field.copyFrom.relation);
    const target = relation ? relationTarget(relation, ctx) : undefined;
    const source = target ? findField(target, field.copyFrom.field) : undefined;
    if (relation?.type !== 'relation' || relation.removed) linkage('copyFrom', 'copy_relation_unknown', { relation: field.copyFrom.relation });
    else if (target && (!source || source.removed)) linkage('copyFrom', 'copy_field_unknown', { field: field.copyFrom.field });
    else if (source && !canCopy(source, field)) linkage('copyFrom', 'copy_type_mismatch');
  }
  return problems;
}

/** Everything the property panel flags for one field, grouped by the section that fixes it. */
export function fieldProblems(field: FieldDef, ctx: FieldContext): PropertyProblem[] {
  return [...basicsProblems(field, ctx), ...validationProblems(field), ...defaultProblems(field), ...linkageProblems(field, ctx)];
}

/** Problems of every active field, for a check before saving or publishing. */
export function entityPropertyProblems(ctx: FieldContext): Array<{ field: FieldDef; problems: PropertyProblem[] }> {
  return activeFields(ctx.entity)
    .map((field) => ({ field, problems: fieldProblems(field, ctx) }))
    .filter((entry) => entry.problems.length > 0);
}

export function problemsFor(problems: PropertyProblem[], property: string): PropertyProblem[] {
  return problems.filter((problem) => problem.property === property);
}
