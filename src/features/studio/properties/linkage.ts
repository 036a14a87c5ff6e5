import { activeFields, type EntityDef } from '@/engine/metadata/entity';
import type { FieldDef, FieldOf } from '@/engine/metadata/field';
import { omitProps, withProp } from './field-edit';

export type CopyFrom = NonNullable<FieldDef['copyFrom']>;
export type FilterBy = NonNullable<FieldOf<'relation'>['filterBy']>;

/**
 * What a value is when compared or stored: two fields of the same kind hold comparable values.
 * Relations compare only when they point at the same entity.
 */
export function valueKind(field: FieldDef): string | undefined {
  switch (field.type) {
    case 'text':
    case 'long_text':
    case 'email':
    case 'phone':
    case 'auto_number':
    case 'single_select':
      return 'text';
    case 'number':
    case 'money':
    case 'rollup':
      return 'number';
    case 'date':
    case 'datetime':
    case 'boolean':
      return field.type;
    case 'formula':
      return field.resultType === 'money' ? 'number' : field.resultType;
    case 'relation':
      return field.entity ? `relation:${field.entity}` : undefined;
    default:
      return undefined;
  }
}

/** A copied value lands in the receiving field's column as is, so its column must hold it. */
export function canCopy(source: FieldDef, target: FieldDef): boolean {
  const kind = valueKind(source);
  switch (target.type) {
    case 'text':
    case 'long_text':
      return kind === 'text';
    case 'email':
    case 'phone':
    case 'multi_select':
      return source.type === target.type;
    case 'single_select':
      return source.type === 'single_select';
    case 'number':
      // A whole-number column is bigint: a decimal would not fit.
      return target.integer ? source.type === 'number' && source.integer : kind === 'number';
    case 'money':
      return kind === 'number';
    case 'date':
    case 'datetime':
    case 'boolean':
      return kind === target.type;
    default:
      return false;
  }
}

const NOT_COPYABLE = new Set<FieldDef['type']>(['relation', 'child_table', 'auto_number', 'formula', 'rollup']);

/** The server computes these itself; a relation is what copies come through, never a copy. */
export function canHaveCopyFrom(field: FieldDef): boolean {
  return !NOT_COPYABLE.has(field.type);
}

/** Relation fields of the entity that point at a chosen entity, other than `exceptId`. */
export function relationFields(entity: EntityDef, exceptId?: string): FieldOf<'relation'>[] {
  return activeFields(entity).filter((field): field is FieldOf<'relation'> => field.type === 'relation' && field.entity !== '' && field.id !== exceptId);
}

export function copySourceFields(related: EntityDef, target: FieldDef): FieldDef[] {
  return activeFields(related).filter((field) => canCopy(field, target));
}

/**
 * A copied field is computed by the server, so it has no default of its own: setting a copy
 * drops both kinds of default.
 */
export function withCopyFrom(field: FieldDef, copyFrom: CopyFrom | undefined): FieldDef {
  if (!copyFrom) return omitProps(field, ['copyFrom']);
  return { ...omitProps(field, ['defaultValue', 'defaultFrom']), copyFrom };
}

/** This record's fields whose value can narrow a relation picker. */
export function filterSourceFields(entity: EntityDef, relation: FieldDef): FieldDef[] {
  return activeFields(entity).filter((field) => field.id !== relation.id && valueKind(field) !== undefined);
}

/** Fields of the related entity comparable to the chosen source field (all comparable ones before a choice). */
export function filterTargetFields(related: EntityDef, source: FieldDef | undefined): FieldDef[] {
  const kind = source ? valueKind(source) : undefined;
  return activeFields(related).filter((field) => (kind ? valueKind(field) === kind : valueKind(field) !== undefined));
}

/** Edits one side of filterBy; the pair is stored only when both sides are chosen. */
export function withFilterBy(field: FieldOf<'relation'>, filterBy: Partial<FilterBy> | undefined): FieldOf<'relation'> {
  const complete = filterBy?.targetField && filterBy.sourceField ? { targetField: filterBy.targetField, sourceField: filterBy.sourceField } : undefined;
  return withProp(field, 'filterBy', complete);
}
