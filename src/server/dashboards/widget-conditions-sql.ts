import { sql, type SQL } from 'drizzle-orm';
import type { PlannedCondition, PlannedFieldCondition, PlannedOperand, WidgetPlan } from '@/engine/dashboard';
import { filterToSql } from '../store/filter-sql';
import { column, entityTable } from '../store/table-names';

/**
 * Conditions run inside the subquery over the entity's own table (alias `t`), where the list's
 * filter renderer can name columns bare without clashing with joined tables; a related record's
 * condition becomes a semi-join on its id.
 */
const semiJoin = (relation: string, entity: string, filter: SQL): SQL =>
  sql`t.${column(relation)} in (select id from ${entityTable(entity)} where ${filter})`;

export function conditionSql(condition: PlannedCondition): SQL {
  const filter = filterToSql(condition.ast);
  return condition.relation ? semiJoin(condition.relation, condition.entity, filter) : filter;
}

function operandSql(operand: PlannedOperand): SQL {
  if (!operand.relation) return sql`t.${column(operand.column)}`;
  return sql`(select o.${column(operand.column)} from ${entityTable(operand.entity)} as o where o.id = t.${column(operand.relation)})`;
}

const COMPARISON_SQL: Record<PlannedFieldCondition['op'], string> = { eq: '=', ne: '<>', lt: '<', lte: '<=', gt: '>', gte: '>=' };

/** Like conditions, inside the subquery; a related record's field is read by its id, one value per record. */
function fieldConditionSql(condition: PlannedFieldCondition): SQL {
  return sql`${operandSql(condition.left)} ${sql.raw(COMPARISON_SQL[condition.op])} ${operandSql(condition.right)}`;
}

/**
 * The WHERE terms of the filtered records: own filters first, then ONE semi-join per relation
 * holding every filter through it (relation filter, date range, field filters). Separate
 * semi-joins made the planner scan the related table once per filter, and one of them had no
 * selective index (status), so it read every order.
 */
export function whereTerms(plan: WidgetPlan): SQL[] {
  const own: SQL[] = [];
  const related = new Map<string, { entity: string; filters: SQL[] }>();
  for (const condition of plan.where) {
    if (!condition.relation) {
      own.push(filterToSql(condition.ast));
      continue;
    }
    const group = related.get(condition.relation) ?? { entity: condition.entity, filters: [] };
    group.filters.push(filterToSql(condition.ast));
    related.set(condition.relation, group);
  }
  const semiJoins = [...related].map(([relation, group]) => semiJoin(relation, group.entity, sql.join(group.filters, sql` and `)));
  return [...own, ...semiJoins, ...plan.fieldConditions.map(fieldConditionSql)];
}
