import type { FilterValueType } from '../query/filter-ast';
import type { FieldCondition } from './dataset';
import type { PlannedFieldCondition, PlannedOperand } from './plan';
import type { PlanContext } from './plan-context';

const NUMERIC = new Set<FilterValueType>(['integer', 'decimal']);
const ORDERED = new Set<FilterValueType>(['integer', 'decimal', 'date', 'datetime']);

/** Integers and decimals compare with each other; every other type only with itself (a date is not a date-time). */
function family(valueType: FilterValueType): string {
  return NUMERIC.has(valueType) ? 'number' : valueType;
}

/** Checks one field-to-field comparison: both paths exist, their types compare, and the operator suits them. */
export function planFieldCondition(ctx: PlanContext, condition: FieldCondition, at: string): PlannedFieldCondition | null {
  const left = ctx.resolve(condition.field, `${at}.field`);
  const right = ctx.resolve(condition.otherField, `${at}.otherField`);
  if (!left || !right) return null;
  const [a, b] = [left.field.valueType, right.field.valueType];
  if (a === 'text_array' || family(a) !== family(b)) {
    ctx.sink.add('invalid_filter', `${at}.otherField`, `字段 ${condition.field} 与 ${condition.otherField} 类型不同，不能比较`, `"${condition.field}" and "${condition.otherField}" have different types and cannot be compared`);
    return null;
  }
  // Ordering text depends on collation, as in the list filter: text, ids and booleans only test equality.
  if (condition.op !== 'eq' && condition.op !== 'ne' && !ORDERED.has(a)) {
    ctx.sink.add('invalid_filter', `${at}.op`, `字段 ${condition.field} 只能比较是否相等`, `"${condition.field}" can only be compared for equality`);
    return null;
  }
  const operand = (path: typeof left): PlannedOperand => ({ relation: path.relation, entity: path.entity.key, column: path.field.def.id });
  return { left: operand(left), op: condition.op, right: operand(right) };
}
