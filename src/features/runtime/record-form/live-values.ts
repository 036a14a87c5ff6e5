import { activeFields, type EntityDef } from '@/engine/metadata/entity';
import type { FieldOf } from '@/engine/metadata/field';
import { computeRollup } from '@/engine/records/rollup';
import { computeFormulas } from '@/engine/rules';

type Row = Record<string, unknown>;

/**
 * The child rows with their formula fields computed by the same engine code the server runs, so
 * line amounts and totals show while typing. Display only: the server computes its own on save.
 */
export function liveChildRows(child: EntityDef | undefined, rows: unknown): Row[] {
  const list = Array.isArray(rows) ? (rows as Row[]) : [];
  if (!child) return list;
  return list.map((row) => {
    try {
      return computeFormulas(child, row);
    } catch {
      return row; // a half-typed value the rule cannot read yet: show the formula empty
    }
  });
}

/** Rollup fields of `entity` that sum (count, …) the child table `childTableId`. */
export function rollupsOver(entity: EntityDef, childTableId: string): FieldOf<'rollup'>[] {
  return activeFields(entity).filter((field): field is FieldOf<'rollup'> => field.type === 'rollup' && field.child === childTableId);
}

export function liveRollup(field: FieldOf<'rollup'>, rows: Row[]): string | null {
  try {
    return computeRollup(field, rows);
  } catch {
    return null;
  }
}
