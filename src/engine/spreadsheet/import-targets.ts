import { activeFields, type EntityDef, type EntityLookup } from '../metadata/entity';
import { isComputed, isStored, type FieldDef, type FieldOf } from '../metadata/field';
import { hasFormRules } from '../forms';

/**
 * A field a spreadsheet column can fill: a stored, non-computed field of the entity (key "qty"),
 * or of one of its child tables (key "lines.qty").
 */
export type ImportTarget = {
  key: string;
  field: FieldDef;
  childTable?: FieldOf<'child_table'>;
};

function importable(field: FieldDef): boolean {
  return isStored(field) && !isComputed(field);
}

export function importTargets(entity: EntityDef, lookup: EntityLookup): ImportTarget[] {
  const targets: ImportTarget[] = activeFields(entity)
    .filter(importable)
    .map((field) => ({ key: field.id, field }));
  for (const table of activeFields(entity)) {
    if (table.type !== 'child_table') continue;
    const child = lookup(table.entity);
    if (!child) continue;
    for (const field of activeFields(child).filter(importable)) targets.push({ key: `${table.id}.${field.id}`, field, childTable: table });
  }
  return targets;
}

/** Child-table fields of the entity whose target entity is known; their rows come from grouped lines. */
export function childTables(entity: EntityDef): FieldOf<'child_table'>[] {
  return activeFields(entity).filter((field): field is FieldOf<'child_table'> => field.type === 'child_table');
}

/** Fields that identify a record for idempotent re-imports. */
export function uniqueFields(entity: EntityDef): FieldDef[] {
  return activeFields(entity).filter((field) => field.unique && importable(field));
}

/**
 * Records with line items, a lifecycle or stock reservations are created one by one through the
 * record service; matching them by a key field for updates is not supported (yet).
 */
export function writesThroughRecordService(entity: EntityDef): boolean {
  return childTables(entity).length > 0 || Boolean(entity.lifecycle) || Boolean(entity.reservations?.length) || hasFormRules(entity);
}
