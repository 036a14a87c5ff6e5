import { compareExact, formatExact, parseExact, sumExact, type Decimal } from '../decimal/decimal';
import type { FieldOf } from '../metadata/field';

/** A rollup over line items, exact to the last digit: Σ of money is never a float. */
export function computeRollup(field: FieldOf<'rollup'>, rows: Array<Record<string, unknown>>): string | null {
  const scale = field.scale ?? (field.resultType === 'money' ? 2 : 0);
  if (field.op === 'count') return formatExact({ coef: BigInt(rows.length), scale: 0 }, scale);
  const values = rows.map((row) => parseExact(row[field.field ?? ''])).filter((value): value is Decimal => value !== null);
  if (field.op === 'sum') return formatExact(sumExact(values), scale);
  if (values.length === 0) return null;
  const pick = values.reduce((best, value) => (compareExact(value, best) * (field.op === 'max' ? 1 : -1) > 0 ? value : best));
  return formatExact(pick, scale);
}
