import type { ResultColumn } from '@/engine/dashboard';
import type { CellValue } from '@/engine/dashboard/dashboard-dto';
import { labelText, type Locale } from '@/engine/metadata/keys';

export const EMPTY_CELL = '-';

/** Intl formats a decimal string digit for digit, so money past 15 significant digits is not rounded. */
type Numeric = number | `${number}`;

function fractionDigits(value: CellValue): number {
  const match = /\.(\d+)$/.exec(String(value));
  return match ? Math.min(match[1].length, 10) : 0;
}

/** A count, an exact decimal or money, grouped the way the reader's language writes numbers. */
export function formatMeasure(value: CellValue, column: Pick<ResultColumn, 'type' | 'money' | 'currency'> | undefined, locale: Locale, options: { percent?: boolean } = {}): string {
  if (value === null || value === '' || typeof value === 'boolean') return value === null || value === '' ? EMPTY_CELL : String(value);
  if (!Number.isFinite(Number(value))) return String(value);
  if (options.percent) return formatPercent(Number(value), locale);
  const numeric = (typeof value === 'number' ? value : value.trim()) as Numeric;
  if (column?.money) {
    const money = { minimumFractionDigits: 2, maximumFractionDigits: Math.max(2, fractionDigits(value)) };
    const style = column.currency ? { style: 'currency' as const, currency: column.currency } : {};
    return new Intl.NumberFormat(locale, { ...money, ...style }).format(numeric);
  }
  // An exact decimal keeps the digits the database gave it ("40.00" stays so, as a scale says).
  const digits = column?.type === 'integer' ? 0 : fractionDigits(value);
  return new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(numeric);
}

/** 0.1234 → "12.3%"; `signed` writes "+" on a rise, as a change does. */
export function formatPercent(ratio: number, locale: Locale, signed = false): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1, ...(signed ? { signDisplay: 'exceptZero' as const } : {}) }).format(ratio);
}

export type KpiChange = { direction: 'up' | 'down' | 'flat'; ratio: number | null };

/**
 * Change against the previous period. From zero to something is a rise without a percentage (no
 * finite ratio exists); nothing to compare with (no previous value) gives null.
 */
export function kpiChange(current: CellValue, previous: CellValue | undefined): KpiChange | null {
  if (current === null || previous === null || previous === undefined || typeof current === 'boolean' || typeof previous === 'boolean') return null;
  const now = Number(current);
  const before = Number(previous);
  if (!Number.isFinite(now) || !Number.isFinite(before)) return null;
  const direction = now > before ? 'up' : now < before ? 'down' : 'flat';
  if (before === 0) return { direction, ratio: now === 0 ? 0 : null };
  return { direction, ratio: (now - before) / Math.abs(before) };
}

export function formatChange(change: KpiChange, locale: Locale): string {
  if (change.ratio === null) return change.direction === 'up' ? '+∞' : '-∞';
  return formatPercent(change.ratio, locale, true);
}

const utcDay = (day: string) => new Date(`${day}T00:00:00Z`);

/** A truncated date as a period: "Mar 2026", "2026 Q1", "2026年3月14日". */
export function formatPeriod(day: string, truncate: ResultColumn['truncate'], locale: Locale): string {
  if (!/^\d{4}-\d{2}-\d{2}/.test(day)) return day;
  const date = utcDay(day.slice(0, 10));
  const format = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options }).format(date);
  switch (truncate) {
    case 'year':
      return format({ year: 'numeric' });
    case 'quarter': {
      const quarter = Math.floor(date.getUTCMonth() / 3) + 1;
      return locale === 'zh-CN' ? `${date.getUTCFullYear()}年第${quarter}季度` : `Q${quarter} ${date.getUTCFullYear()}`;
    }
    case 'month':
      return format({ year: 'numeric', month: 'short' });
    default:
      return format({ year: 'numeric', month: 'short', day: 'numeric' });
  }
}

/** A range's two days for a caption: "Mar 1, 2026 – Mar 14, 2026". */
export function formatDayRange(range: { from: string; to: string }, locale: Locale): string {
  const from = formatPeriod(range.from, 'day', locale);
  return range.from === range.to ? from : `${from} – ${formatPeriod(range.to, 'day', locale)}`;
}

export type DimensionContext = { locale: Locale; empty: string; yes: string; no: string };

/** A dimension value as people read it: an option's label, a related record's title, a period. */
export function formatDimension(value: CellValue, column: ResultColumn, row: Record<string, CellValue>, columns: ResultColumn[], ctx: DimensionContext): string {
  const title = columns.find((candidate) => candidate.role === 'title' && candidate.of === column.key);
  if (title && row[title.key] !== null && row[title.key] !== undefined) return String(row[title.key]);
  if (value === null || value === '') return ctx.empty;
  if (typeof value === 'boolean') return value ? ctx.yes : ctx.no;
  const option = column.options?.find((candidate) => candidate.value === String(value));
  if (option) return labelText(option.label, ctx.locale);
  if (column.type === 'date') return formatPeriod(String(value), column.truncate, ctx.locale);
  if (column.type === 'datetime') return new Intl.DateTimeFormat(ctx.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(String(value)));
  if (column.type === 'integer' || column.type === 'decimal') return formatMeasure(value, column, ctx.locale);
  return String(value);
}
