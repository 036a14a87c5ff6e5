import type { SheetCell } from '@/engine/spreadsheet/cell-input';

type CellObject = { richText?: Array<{ text?: string }>; error?: unknown; result?: unknown; formula?: unknown; sharedFormula?: unknown; text?: unknown };

/**
 * exceljs gives a cell as a number, string, boolean or Date, or as an object: rich text
 * ({ richText }), a formula ({ formula, result }), a hyperlink ({ text, hyperlink }) or an error
 * ({ error }). Imports only want what the cell shows.
 */
export function plainCell(value: unknown): SheetCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value !== 'object') return String(value);
  const cell = value as CellObject;
  if (Array.isArray(cell.richText)) return cell.richText.map((run) => run.text ?? '').join('');
  if (cell.error !== undefined) return { error: String(cell.error) };
  if ('result' in cell) return plainCell(cell.result);
  // A formula saved without its computed value (some generators do that) shows nothing useful.
  if (cell.formula !== undefined || cell.sharedFormula !== undefined) return null;
  if (cell.text !== undefined) return plainCell(cell.text);
  return null;
}

export function isBlankCell(cell: SheetCell): boolean {
  return cell === null || (typeof cell === 'string' && cell.trim() === '');
}

/** How a cell is shown back to people in previews and error reports. */
export function cellText(cell: SheetCell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return cell.toISOString().replace('T00:00:00.000Z', '').replace('.000Z', 'Z');
  if (typeof cell === 'object') return cell.error;
  return String(cell);
}
