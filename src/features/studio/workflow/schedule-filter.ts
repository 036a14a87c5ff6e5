import { activeFields, type EntityDef } from '@/engine/metadata/entity';
import type { FieldDef } from '@/engine/metadata/field';
import { compileFilter, resolveQueryField, type FilterOp } from '@/engine/query';
import { systemField } from '@/engine/query/system-fields';
import { filterKind, type FilterCondition } from '@/features/runtime/record-list/filter-spec';

/**
 * A schedule trigger's filter as the designer edits it: one flat list of conditions joined by
 * all (and) or any (or), stored in the record list's filter language.
 */
export type FilterJoin = 'and' | 'or';
export type ScheduleFilterRows = { join: FilterJoin; conditions: FilterCondition[] };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isCondition = (value: unknown): value is FilterCondition => isObject(value) && typeof value.field === 'string' && typeof value.op === 'string' && !('and' in value) && !('or' in value);

/** The rows of a stored filter; null for a shape the rows cannot show (nested groups), which stays JSON. */
export function readScheduleFilter(filter: unknown): ScheduleFilterRows | null {
  if (filter === undefined || filter === null) return { join: 'and', conditions: [] };
  if (isCondition(filter)) return { join: 'and', conditions: [filter] };
  if (!isObject(filter)) return null;
  const keys = Object.keys(filter);
  const join = keys[0];
  if (keys.length !== 1 || (join !== 'and' && join !== 'or')) return null;
  const items = filter[join];
  return Array.isArray(items) && items.every(isCondition) ? { join, conditions: items } : null;
}

/** No conditions is no filter: every record of the entity. */
export function writeScheduleFilter(rows: ScheduleFilterRows): Record<string, unknown> | undefined {
  return rows.conditions.length > 0 ? { [rows.join]: rows.conditions } : undefined;
}

/** Fields a condition may test: those the record list filters on, and when a record was created or changed. */
export function scheduleFilterFields(entity: EntityDef | undefined): FieldDef[] {
  if (!entity) return [];
  const system = ['created_at', 'updated_at'].map((id) => systemField(entity, id)).filter((field): field is FieldDef => field !== undefined);
  return [...activeFields(entity), ...system].filter((field) => filterKind(field) !== null && resolveQueryField(entity, field.id).ok);
}

/** The operators the server accepts on the field, in the filter spec's order. */
export function filterOpsFor(entity: EntityDef | undefined, fieldId: string): readonly FilterOp[] {
  const resolved = entity ? resolveQueryField(entity, fieldId) : undefined;
  return resolved?.ok ? resolved.field.ops : [];
}

const isList = (value: unknown): value is unknown[] => Array.isArray(value);

/** Switching operator keeps what the user typed where it still fits the operator's value shape. */
export function withOp(condition: FilterCondition, op: FilterOp): FilterCondition {
  const { value } = condition;
  const single = isList(value) ? value[0] : value;
  switch (op) {
    case 'isNull':
      return { field: condition.field, op, value: true };
    case 'in':
      return { field: condition.field, op, value: isList(value) ? value.filter((item) => item !== null && item !== undefined) : single === undefined ? [] : [single] };
    case 'between':
      return { field: condition.field, op, value: isList(value) && value.length === 2 ? value : [single ?? null, null] };
    default:
      return { field: condition.field, op, value: typeof single === 'boolean' && condition.op === 'isNull' ? undefined : single };
  }
}

/** A new field starts over: its first operator, no value. */
export function conditionFor(entity: EntityDef | undefined, fieldId: string): FilterCondition {
  const op = filterOpsFor(entity, fieldId)[0] ?? 'eq';
  return withOp({ field: fieldId, op, value: undefined }, op);
}

/** Whether each condition would be accepted as it stands, checked by the same compiler the server uses. */
export function conditionsAccepted(entity: EntityDef | undefined, rows: ScheduleFilterRows): boolean[] {
  return rows.conditions.map((condition) => !entity || compileFilter(entity, { and: [condition] }).ok);
}

/** Appends a condition on the first field on offer. */
export function addCondition(entity: EntityDef | undefined, rows: ScheduleFilterRows): ScheduleFilterRows {
  const [first] = scheduleFilterFields(entity);
  return first ? { ...rows, conditions: [...rows.conditions, conditionFor(entity, first.id)] } : rows;
}

export function replaceCondition(rows: ScheduleFilterRows, index: number, condition: FilterCondition): ScheduleFilterRows {
  return { ...rows, conditions: rows.conditions.map((candidate, at) => (at === index ? condition : candidate)) };
}

export function removeCondition(rows: ScheduleFilterRows, index: number): ScheduleFilterRows {
  return { ...rows, conditions: rows.conditions.filter((_, at) => at !== index) };
}
