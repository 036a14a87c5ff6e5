import type { Dimension } from './dataset';
import { relationTarget } from './field-path';
import type { PlannedDimension, ResultColumn } from './plan';
import type { PlanContext } from './plan-context';

export const TITLE_SUFFIX = '_title';

/** A dimension and its output columns: the grouped value, and for a relation also the related record's title. */
export function planDimension(ctx: PlanContext, dimension: Dimension, at: string): { dimension: PlannedDimension; columns: ResultColumn[] } | null {
  const path = ctx.resolve(dimension.field, `${at}.field`);
  if (!path) return null;
  const { valueType, def } = path.field;
  const label = dimension.label ?? def.label;
  if (valueType === 'text_array') {
    ctx.sink.add('unsupported_field', `${at}.field`, `多选字段 ${dimension.field} 不能作为维度`, `The multi-select field "${dimension.field}" cannot be a dimension`);
    return null;
  }
  const isDate = valueType === 'date' || valueType === 'datetime';
  if (dimension.truncate && !isDate) {
    ctx.sink.add('not_date', `${at}.truncate`, `只有日期字段能按${dimension.truncate}汇总，${dimension.field} 不是日期`, `Only date fields can be truncated to a ${dimension.truncate}; "${dimension.field}" is not a date`);
    return null;
  }
  if (valueType === 'datetime' && !dimension.truncate) {
    ctx.sink.add('truncate_required', `${at}.truncate`, `日期时间字段 ${dimension.field} 需要选择按天、周、月、季或年汇总`, `The date-time field "${dimension.field}" needs a truncation (day, week, month, quarter or year)`);
    return null;
  }
  const ref = ctx.ref(path);
  const planned: PlannedDimension = { key: dimension.key, ref, valueType, ...(dimension.truncate ? { truncate: dimension.truncate } : {}) };
  const column: ResultColumn = {
    key: dimension.key,
    role: 'dimension',
    label,
    type: isDate ? 'date' : valueType === 'integer' ? 'integer' : valueType === 'decimal' ? 'decimal' : valueType === 'boolean' ? 'boolean' : valueType === 'uuid' ? 'id' : 'text',
    ...(dimension.truncate ? { truncate: dimension.truncate } : {}),
    ...(def.type === 'single_select' ? { options: def.options } : {}),
  };
  const columns = [column];
  // Grouping by the related record's id keeps two customers of the same name apart; its title is what a chart shows.
  if (valueType === 'uuid' && !path.relation) {
    const target = relationTarget(path.entity, ref.column, ctx.lookup);
    if (target.ok) {
      column.entity = target.target.key;
      if (target.target.titleField) {
        ctx.reads.add(target.target.key);
        ctx.joins.set(ref.column, { relation: ref.column, entity: target.target.key });
        planned.title = { relation: ref.column, column: target.target.titleField };
        columns.push({ key: `${dimension.key}${TITLE_SUFFIX}`, role: 'title', label, type: 'text', of: dimension.key });
      }
    }
  }
  return { dimension: planned, columns };
}
