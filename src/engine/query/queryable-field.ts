import { findField, type EntityDef, type FieldDef } from '../metadata';
import type { FilterOp, FilterValueType, QueryProblemCode } from './filter-ast';
import { systemField } from './system-fields';

export type QueryableField = { def: FieldDef; valueType: FilterValueType; ops: readonly FilterOp[]; sortable: boolean };

// Ordering text is refused: its meaning depends on collation, and no template needs it.
const TEXT_OPS: readonly FilterOp[] = ['eq', 'ne', 'in', 'contains', 'isNull'];
const ORDERED_OPS: readonly FilterOp[] = ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'in', 'between', 'isNull'];
const BOOLEAN_OPS: readonly FilterOp[] = ['eq', 'ne', 'isNull'];
const UUID_OPS: readonly FilterOp[] = ['eq', 'ne', 'in', 'isNull'];
const TAG_OPS: readonly FilterOp[] = ['contains', 'isNull'];

type Capability = { valueType: FilterValueType; ops: readonly FilterOp[] };

function capabilityOf(field: FieldDef): Capability | null {
  switch (field.type) {
    case 'text':
    case 'long_text':
    case 'email':
    case 'phone':
    case 'single_select':
    case 'auto_number':
      return { valueType: 'text', ops: TEXT_OPS };
    case 'number':
      return { valueType: field.integer ? 'integer' : 'decimal', ops: ORDERED_OPS };
    case 'money':
      return { valueType: 'decimal', ops: ORDERED_OPS };
    case 'date':
    case 'datetime':
      return { valueType: field.type, ops: ORDERED_OPS };
    case 'boolean':
      return { valueType: 'boolean', ops: BOOLEAN_OPS };
    case 'relation':
      return { valueType: 'uuid', ops: UUID_OPS };
    case 'multi_select':
      return { valueType: 'text_array', ops: TAG_OPS };
    case 'formula':
      if (field.resultType === 'text') return { valueType: 'text', ops: TEXT_OPS };
      if (field.resultType === 'boolean') return { valueType: 'boolean', ops: BOOLEAN_OPS };
      return { valueType: field.resultType === 'date' ? 'date' : 'decimal', ops: ORDERED_OPS };
    case 'rollup':
      return { valueType: 'decimal', ops: ORDERED_OPS };
    case 'child_table':
      return null;
  }
}

export type ResolvedField = { ok: true; field: QueryableField } | { ok: false; code: QueryProblemCode; message: string };

function quoted(id: string): string {
  return JSON.stringify(id.length > 100 ? `${id.slice(0, 100)}…` : id);
}

/** Finds a field a list may filter or sort on: an active field or a system column. */
export function resolveQueryField(entity: EntityDef, id: string): ResolvedField {
  const own = findField(entity, id);
  const def = own && !own.removed ? own : systemField(entity, id);
  if (!def) return { ok: false, code: 'unknown_field', message: `Unknown field ${quoted(id)}` };
  const capability = capabilityOf(def);
  if (!capability) {
    return { ok: false, code: 'unsupported_op', message: `Field ${quoted(id)} holds child rows; filter or sort the child entity's records instead` };
  }
  return { ok: true, field: { def, ...capability, sortable: def.type !== 'multi_select' } };
}
