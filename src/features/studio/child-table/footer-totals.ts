import type { FieldDef, FieldOf } from '@/engine/metadata/field';
import { computeRollup } from '@/engine/records/rollup';

/**
 * A child table may show the sum of some of its columns in its footer: `footerTotals` on the
 * child_table field lists their ids, in no particular order. Read through these helpers, so the
 * flag means the same in the designer and in the form.
 */
export type ChildTableWithTotals = FieldOf<'child_table'> & { footerTotals?: string[] };

const NUMERIC_RESULTS = new Set(['number', 'money']);

/** Columns whose values add up: numbers, money and numeric formulas. */
export function canTotal(column: FieldDef): boolean {
  return column.type === 'number' || column.type === 'money' || (column.type === 'formula' && NUMERIC_RESULTS.has(column.resultType));
}

export function footerTotalsOf(field: FieldOf<'child_table'>): string[] {
  const totals = (field as ChildTableWithTotals).footerTotals;
  return Array.isArray(totals) ? totals : [];
}

/** The field with the column's total switched on or off; an empty list is dropped. */
export function withFooterTotal(field: FieldOf<'child_table'>, columnId: string, on: boolean): FieldOf<'child_table'> {
  const others = footerTotalsOf(field).filter((id) => id !== columnId);
  const footerTotals = on ? [...others, columnId] : others;
  const { footerTotals: _previous, ...rest } = field as ChildTableWithTotals;
  return (footerTotals.length ? { ...rest, footerTotals } : rest) as FieldOf<'child_table'>;
}

function scaleOf(column: FieldDef): number {
  if (column.type === 'money') return 2;
  if (column.type === 'number') return column.integer ? 0 : column.scale;
  if (column.type === 'formula') return column.scale ?? (column.resultType === 'money' ? 2 : 0);
  return 0;
}

/** The column's sum over the rows, exact, at the column's scale; values not yet numbers are skipped. */
export function columnTotal(column: FieldDef, rows: Array<Record<string, unknown>>): string | null {
  const resultType = column.type === 'money' || (column.type === 'formula' && column.resultType === 'money') ? 'money' : 'number';
  try {
    return computeRollup({ id: column.id, label: column.label, type: 'rollup', child: column.id, field: column.id, op: 'sum', resultType, scale: scaleOf(column) }, rows);
  } catch {
    return null;
  }
}

/** The columns to total, in the table's column order, ignoring ids that are no longer totalable columns. */
export function totalledColumns(field: FieldOf<'child_table'>, columns: FieldDef[]): FieldDef[] {
  const wanted = new Set(footerTotalsOf(field));
  return columns.filter((column) => wanted.has(column.id) && canTotal(column));
}
