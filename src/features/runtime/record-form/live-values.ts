import { activeFields, type EntityDef } from '@/engine/metadata/entity';
import type { FieldOf } from '@/engine/metadata/field';
import { computeRollup } from '@/engine/records/rollup';
import { computeFormulas } from '@/engine/rules';

type Row = Record<string, unknown>;

function liveRow(child: EntityDef, row: Row): Row {
  try {
    return computeFormulas(child, row);
  } catch {
    return row; // a half-typed value the rule cannot read yet: show the formula empty
  }
}

/**
 * The child rows with their formula fields computed by the same engine code the server runs, so
 * line amounts and totals show while typing. Display only: the server computes its own on save.
 */
export function liveChildRows(child: EntityDef | undefined, rows: unknown): Row[] {
  const list = Array.isArray(rows) ? (rows as Row[]) : [];
  if (!child) return list;
  return list.map((row) => liveRow(child, row));
}

const isPlainObject = (value: unknown): value is Row => typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => Object.is(item, b[index]));
  return isPlainObject(a) && isPlainObject(b) && sameEntries(a, b, Object.is);
}

function sameEntries(a: Row, b: Row, same: (x: unknown, y: unknown) => boolean): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && same(a[key], b[key]));
}

/**
 * `liveChildRows` that computes again only the rows whose values changed since its last call, and
 * returns the very same array when none did: typing into one line of a long table computes that
 * line's formulas, not every line's. The form library updates row objects in place, so what was
 * seen is kept as a copy, never by reference.
 */
export function liveRowsMemo(child: EntityDef | undefined): (rows: unknown) => Row[] {
  let seen: Row[] = [];
  let computed: Row[] = [];
  return (rows) => {
    const list = Array.isArray(rows) ? (rows as Row[]) : [];
    let changed = list.length !== seen.length;
    const next = list.map((row, index) => {
      if (index < seen.length && sameEntries(seen[index], row ?? {}, sameValue)) return computed[index];
      changed = true;
      return child ? liveRow(child, row) : row;
    });
    if (changed) {
      seen = list.map((row) => ({ ...row }));
      computed = next;
    }
    return computed;
  };
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
