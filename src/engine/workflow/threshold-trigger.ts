import { findField, type EntityDef, type EntityLookup } from '../metadata/entity';
import { labelText } from '../metadata/keys';
import { compileSqlExpression, type SqlExpr } from '../query/sql-expression';
import type { Trigger, WorkflowDefinition } from './definition';
import type { ProblemList } from './problem';

export type ThresholdTrigger = Extract<Trigger, { kind: 'threshold_crossed' }>;
/** Where the threshold comes from: a constant, or a column of the record a relation field points at. */
export type ThresholdSource = { kind: 'constant'; value: number } | { kind: 'related'; relation: string; entity: string; field: string };

type Result<T> = { ok: true; value: T } | { ok: false; zh: string; en: string };

const NUMERIC = new Set(['number', 'money', 'rollup']);

/**
 * The watched field as an expression over the record's own columns. Only what a counter UPDATE
 * changes in the same statement qualifies: a number column, or a formula the database computes
 * (a generated column). A formula the server computes on save would lag behind the counter.
 */
export function watchedExpression(entity: EntityDef, fieldId: string): Result<SqlExpr> {
  const field = findField(entity, fieldId);
  if (!field || field.removed) return { ok: false, zh: `字段 ${fieldId} 不存在`, en: `${fieldId} is not a field` };
  if (field.type === 'number' || field.type === 'money') return { ok: true, value: { kind: 'column', field: field.id } };
  if (field.type === 'formula' && field.generated && (field.resultType === 'number' || field.resultType === 'money')) {
    const compiled = compileSqlExpression(entity, field.expression);
    if (compiled.ok) return compiled;
  }
  return { ok: false, zh: `字段 ${fieldId} 不是数量字段或由数据库计算的公式`, en: `${fieldId} is neither a number field nor a formula the database computes` };
}

/** Resolves `below`; without a lookup a related entity other than the record's own is taken on trust. */
export function thresholdSource(entity: EntityDef, below: ThresholdTrigger['below'], lookup?: EntityLookup): Result<ThresholdSource> {
  if (typeof below === 'number') return { ok: true, value: { kind: 'constant', value: below } };
  const relation = findField(entity, below.relation);
  if (!relation || relation.removed || relation.type !== 'relation') {
    return { ok: false, zh: `字段 ${below.relation} 不是关联字段`, en: `${below.relation} is not a relation field` };
  }
  const value = { kind: 'related' as const, relation: relation.id, entity: relation.entity, field: below.field };
  const related = relation.entity === entity.key ? entity : lookup?.(relation.entity);
  if (!related) return lookup ? { ok: false, zh: `关联的数据表 ${relation.entity} 不存在`, en: `the related entity ${relation.entity} does not exist` } : { ok: true, value };
  const field = findField(related, below.field);
  const numeric = field && !field.removed && (NUMERIC.has(field.type) || (field.type === 'formula' && (field.resultType === 'number' || field.resultType === 'money')));
  if (!numeric) return { ok: false, zh: `${below.field} 不是${labelText(related.label, 'zh-CN')}的数字字段`, en: `${below.field} is not a number field of ${labelText(related.label, 'en')}` };
  return { ok: true, value };
}

export function checkThresholdTrigger(definition: WorkflowDefinition, entity: EntityDef, lookup: EntityLookup | undefined, problems: ProblemList): void {
  const trigger = definition.trigger;
  if (trigger.kind !== 'threshold_crossed' || definition.entity !== entity.key) return;
  const watched = watchedExpression(entity, trigger.field);
  if (!watched.ok) problems.add(findField(entity, trigger.field) ? 'invalid_definition' : 'unknown_field', {}, `流程的触发条件：${watched.zh}`, `The workflow's trigger: ${watched.en}`);
  const source = thresholdSource(entity, trigger.below, lookup);
  if (!source.ok) problems.add('invalid_definition', {}, `流程的触发阈值：${source.zh}`, `The workflow's trigger threshold: ${source.en}`);
}
