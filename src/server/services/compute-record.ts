import { activeFields, findField, type EntityDef } from '@/engine/metadata/entity';
import { computeRollup } from '@/engine/records/rollup';
import { computeFormulas } from '@/engine/rules';
import type { Db } from '../db/types';
import { findFieldValues } from '../store/records';
import type { EntityRegistry } from './entity-registry';

export type Values = Record<string, unknown>;

/**
 * Copies snapshot fields (copyFrom) from the records their relation points at, for many records
 * of one entity at once: one query per snapshot field, not one per record.
 */
async function applySnapshots(db: Db, registry: EntityRegistry, entity: EntityDef, records: Values[], changed: (record: Values, relation: string) => boolean): Promise<void> {
  for (const field of activeFields(entity)) {
    if (!field.copyFrom) continue;
    const relation = findField(entity, field.copyFrom.relation);
    const target = relation?.type === 'relation' ? registry.get(relation.entity) : undefined;
    const source = target ? findField(target, field.copyFrom.field) : undefined;
    if (!relation || !target || !source) continue;
    const due = records.filter((record) => changed(record, relation.id));
    const ids = due.map((record) => record[relation.id]).filter((id): id is string => typeof id === 'string');
    const values = await findFieldValues(db, target, source, ids);
    for (const record of due) {
      const id = record[relation.id];
      record[field.id] = typeof id === 'string' ? (values.get(id) ?? null) : null;
    }
  }
}

export type ComputeInput = {
  entity: EntityDef;
  values: Values;
  /** Line items by child-table field id; for updates, the rows that will be stored after the write. */
  children: Record<string, Values[]>;
  /** Child tables whose rows are new in this write (their snapshots are taken now). */
  freshChildren: Set<string>;
  /** Relation fields of the parent whose value changed in this write. */
  changedRelations: Set<string>;
};

/**
 * Everything the server computes before a write, in dependency order: snapshots, line formulas,
 * rollups over the lines, then the record's own formulas (which may read rollups).
 */
export async function computeRecord(db: Db, registry: EntityRegistry, input: ComputeInput): Promise<{ values: Values; children: Record<string, Values[]> }> {
  const { entity } = input;
  const children: Record<string, Values[]> = {};
  for (const field of activeFields(entity)) {
    if (field.type !== 'child_table' || !(field.id in input.children)) continue;
    const child = registry.get(field.entity)!;
    const rows = input.children[field.id].map((row) => ({ ...row }));
    if (input.freshChildren.has(field.id)) await applySnapshots(db, registry, child, rows, () => true);
    children[field.id] = rows.map((row) => computeFormulas(child, row));
  }
  const values = { ...input.values };
  await applySnapshots(db, registry, entity, [values], (_record, relation) => input.changedRelations.has(relation));
  for (const field of activeFields(entity)) {
    if (field.type === 'rollup' && children[field.child]) values[field.id] = computeRollup(field, children[field.child]);
  }
  return { values: computeFormulas(entity, values), children };
}

/**
 * Snapshots and formulas for many records of one entity without line items (imports): snapshot
 * lookups are shared by all of them, one query per snapshot field.
 */
export async function computeRecords(db: Db, registry: EntityRegistry, entity: EntityDef, records: Array<{ values: Values; changedRelations: Set<string> }>): Promise<Values[]> {
  const values = records.map((record) => ({ ...record.values }));
  await applySnapshots(db, registry, entity, values, (record, relation) => records[values.indexOf(record)].changedRelations.has(relation));
  return values.map((record) => computeFormulas(entity, record));
}
