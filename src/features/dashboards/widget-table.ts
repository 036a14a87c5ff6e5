import type { ResultColumn } from '@/engine/dashboard';
import type { CellValue, WidgetDataDto } from '@/engine/dashboard/dashboard-dto';
import { labelText } from '@/engine/metadata/keys';
import { formatDimension, type DimensionContext } from './format';

/** A column a reader sees: a relation dimension shows its records' titles, so its title column is folded in. */
export function shownColumns(columns: ResultColumn[]): ResultColumn[] {
  return columns.filter((column) => column.role !== 'title');
}

export type FlatTable = { headers: string[]; rows: Array<Array<string | number | null>>; numeric: boolean[] };

/**
 * A widget's data as a sheet: labels for dimensions (option labels, record titles), measures
 * unformatted so a spreadsheet can add them up; exact decimals stay strings until the writer decides.
 */
export function flatTable(data: WidgetDataDto, ctx: DimensionContext): FlatTable {
  const columns = shownColumns(data.columns);
  const cell = (column: ResultColumn, row: Record<string, CellValue>): string | number | null => {
    const value = row[column.key] ?? null;
    if (column.role === 'measure') return typeof value === 'boolean' ? String(value) : value;
    // Dates stay ISO days, which every spreadsheet reads as dates.
    if (column.type === 'date' && value !== null) return String(value);
    return formatDimension(value, column, row, data.columns, ctx);
  };
  return {
    headers: columns.map((column) => labelText(column.label, ctx.locale)),
    rows: data.rows.map((row) => columns.map((column) => cell(column, row))),
    numeric: columns.map((column) => column.role === 'measure'),
  };
}

/** A file name from the widget's title and the range it shows, without characters file systems refuse. */
export function exportFileName(title: string, range: { from: string; to: string } | null, extension: string): string {
  const base = `${title}${range ? ` ${range.from}_${range.to}` : ''}`.replace(/[\\/:*?"<>|]+/g, ' ').replace(/\s+/g, ' ').trim() || 'widget';
  return `${base}.${extension}`;
}
