import type { Aggregate, CountGroups, Measure } from './dataset';
import type { PlannedAggregate, PlannedMeasure, ResultColumn } from './plan';
import { fieldScale, moneyOf, type PlanContext } from './plan-context';

const NUMERIC = new Set(['integer', 'decimal']);
const ORDERED = new Set(['integer', 'decimal', 'date', 'datetime']);

type Planned = { aggregate: PlannedAggregate; type: ResultColumn['type']; money?: ReturnType<typeof moneyOf> };

function planCountGroups(ctx: PlanContext, aggregate: CountGroups, at: string): Planned | null {
  const path = ctx.resolve(aggregate.field, `${at}.field`);
  if (!path) return null;
  if (path.field.valueType === 'text_array') {
    ctx.sink.add('unsupported_field', `${at}.field`, `多选字段 ${aggregate.field} 不能用于分组计数`, `The multi-select field "${aggregate.field}" cannot be counted by group`);
    return null;
  }
  const having = { min: aggregate.having.min, ...(aggregate.having.max === undefined ? {} : { max: aggregate.having.max }) };
  return { aggregate: { op: 'count_groups', ref: ctx.ref(path), valueType: path.field.valueType, scale: 0, having }, type: 'integer' };
}

function planAggregate(ctx: PlanContext, aggregate: Aggregate, at: string): Planned | null {
  if (aggregate.op === 'count_groups') return planCountGroups(ctx, aggregate, at);
  if (!aggregate.field) return { aggregate: { op: aggregate.op, ref: null, valueType: null, scale: 0 }, type: 'integer' };
  const path = ctx.resolve(aggregate.field, `${at}.field`);
  if (!path) return null;
  const { valueType, def } = path.field;
  const planned: PlannedAggregate = { op: aggregate.op, ref: ctx.ref(path), valueType, scale: fieldScale(def) };
  switch (aggregate.op) {
    case 'count':
    case 'count_distinct':
      return { aggregate: planned, type: 'integer' };
    case 'sum':
    case 'avg':
      if (!NUMERIC.has(valueType)) {
        ctx.sink.add('not_numeric', `${at}.field`, `${aggregate.op} 只能用于数字或金额字段，${aggregate.field} 不是`, `${aggregate.op} needs a number or money field; "${aggregate.field}" is not one`);
        return null;
      }
      return { aggregate: planned, type: 'decimal', money: moneyOf(def) };
    case 'min':
    case 'max':
      if (!ORDERED.has(valueType)) {
        ctx.sink.add('not_numeric', `${at}.field`, `${aggregate.op} 只能用于数字、金额或日期字段，${aggregate.field} 不是`, `${aggregate.op} needs a number, money or date field; "${aggregate.field}" is not one`);
        return null;
      }
      return { aggregate: planned, type: valueType === 'date' || valueType === 'datetime' ? valueType : 'decimal', money: moneyOf(def) };
  }
}

export function planMeasure(ctx: PlanContext, measure: Measure, at: string): { measure: PlannedMeasure; column: ResultColumn } | null {
  if (measure.op === 'ratio') {
    const numerator = planAggregate(ctx, measure.numerator, `${at}.numerator`);
    const denominator = planAggregate(ctx, measure.denominator, `${at}.denominator`);
    if (!numerator || !denominator) return null;
    return {
      measure: { key: measure.key, kind: 'ratio', numerator: numerator.aggregate, denominator: denominator.aggregate, scale: measure.scale },
      column: { key: measure.key, role: 'measure', label: measure.label, type: 'decimal' },
    };
  }
  const planned = planAggregate(ctx, measure, at);
  if (!planned) return null;
  return {
    measure: { key: measure.key, kind: 'aggregate', aggregate: planned.aggregate },
    column: { key: measure.key, role: 'measure', label: measure.label, type: planned.type, ...planned.money },
  };
}
