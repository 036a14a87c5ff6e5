import dayjs from 'dayjs';
import type { FieldDef } from '@/engine/metadata/field';

/** The list API's filter language (see design §7). */
export type FilterOp = 'eq' | 'ne' | 'gt' | 'gte' | 'lt' | 'lte' | 'in' | 'between' | 'contains' | 'isNull';
export type FilterCondition = { field: string; op: FilterOp; value?: unknown };
export type FilterSpec = { and: FilterCondition[] };

export type FilterKind = 'text' | 'select' | 'tags' | 'number' | 'date' | 'datetime' | 'boolean' | 'relation';

/** What the filter bar holds per field: text, chosen options, a [from, to] range, 'true'/'false', a record id. */
export type FilterValue = string | string[] | [unknown, unknown] | undefined;
export type FilterValues = Record<string, FilterValue>;

export function filterKind(field: FieldDef): FilterKind | null {
  const type = field.type === 'formula' || field.type === 'rollup' ? field.resultType : field.type;
  switch (type) {
    case 'text': case 'long_text': case 'email': case 'phone': case 'auto_number':
      return 'text';
    case 'single_select':
      return 'select';
    case 'number': case 'money':
      return 'number';
    case 'date':
      return 'date';
    case 'datetime':
      return 'datetime';
    case 'boolean':
      return 'boolean';
    case 'relation':
      return 'relation';
    case 'multi_select':
      return 'tags';
    default:
      return null; // child tables: filter the child entity's records instead
  }
}

const present = (value: unknown) => value !== undefined && value !== null && value !== '';

function rangeConditions(field: string, [from, to]: [unknown, unknown], kind: FilterKind): FilterCondition[] {
  // A datetime range is chosen by whole days in the user's zone: from its first to its last instant.
  const bound = (value: unknown, edge: 'start' | 'end') =>
    kind === 'datetime' ? (edge === 'start' ? dayjs(String(value)).startOf('day') : dayjs(String(value)).endOf('day')).toISOString() : value;
  // Both ends of a time span are one between; amounts keep gte/lte so either end may stay open alike.
  if (kind === 'datetime' && present(from) && present(to)) return [{ field, op: 'between', value: [bound(from, 'start'), bound(to, 'end')] }];
  const conditions: FilterCondition[] = [];
  if (present(from)) conditions.push({ field, op: 'gte', value: bound(from, 'start') });
  if (present(to)) conditions.push({ field, op: 'lte', value: bound(to, 'end') });
  return conditions;
}

export function valuesToSpec(fields: FieldDef[], values: FilterValues): FilterSpec | null {
  const and: FilterCondition[] = [];
  for (const field of fields) {
    const kind = filterKind(field);
    const value = values[field.id];
    if (!kind || value === undefined || value === null) continue;
    if (kind === 'text' && typeof value === 'string' && value.trim()) and.push({ field: field.id, op: 'contains', value: value.trim() });
    if (kind === 'select' && Array.isArray(value) && value.length > 0) {
      and.push(value.length === 1 ? { field: field.id, op: 'eq', value: value[0] } : { field: field.id, op: 'in', value });
    }
    if ((kind === 'number' || kind === 'date' || kind === 'datetime') && Array.isArray(value)) and.push(...rangeConditions(field.id, value as [unknown, unknown], kind));
    if (kind === 'boolean' && (value === 'true' || value === 'false')) and.push({ field: field.id, op: 'eq', value: value === 'true' });
    if (kind === 'relation' && typeof value === 'string' && value) and.push({ field: field.id, op: 'eq', value });
    // On a multi-select, contains means "has every chosen option".
    if (kind === 'tags' && Array.isArray(value) && value.length > 0) and.push({ field: field.id, op: 'contains', value });
  }
  return and.length > 0 ? { and } : null;
}

/** The inverse of valuesToSpec, so a filter in the URL refills the bar after a reload or Back. */
export function specToValues(fields: FieldDef[], spec: FilterSpec | null): FilterValues {
  const values: FilterValues = {};
  for (const condition of spec?.and ?? []) {
    const field = fields.find((candidate) => candidate.id === condition.field);
    const kind = field && filterKind(field);
    if (!field || !kind) continue;
    const { op, value } = condition;
    if (kind === 'text' && op === 'contains') values[field.id] = String(value ?? '');
    else if (kind === 'select' && (op === 'eq' || op === 'in')) values[field.id] = (Array.isArray(value) ? value : [value]).map(String);
    else if (kind === 'boolean' && op === 'eq') values[field.id] = String(value === true || value === 'true');
    else if (kind === 'relation' && op === 'eq') values[field.id] = String(value);
    else if (kind === 'tags' && op === 'contains') values[field.id] = (Array.isArray(value) ? value : [value]).map(String);
    else if ((kind === 'number' || kind === 'date' || kind === 'datetime') && op === 'between' && Array.isArray(value) && value.length === 2) {
      const shown = (bound: unknown) => (kind === 'datetime' ? dayjs(String(bound)).format('YYYY-MM-DD') : bound);
      values[field.id] = [shown(value[0]), shown(value[1])];
    } else if ((kind === 'number' || kind === 'date' || kind === 'datetime') && (op === 'gte' || op === 'lte')) {
      const range = (values[field.id] as [unknown, unknown] | undefined) ?? [undefined, undefined];
      const shown = kind === 'datetime' ? dayjs(String(value)).format('YYYY-MM-DD') : value;
      values[field.id] = op === 'gte' ? [shown, range[1]] : [range[0], shown];
    }
  }
  return values;
}

export function parseFilterParam(raw: string | null): FilterSpec | null {
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as FilterSpec;
    return Array.isArray(parsed?.and) ? parsed : null;
  } catch {
    return null;
  }
}
