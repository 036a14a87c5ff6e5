import type { SheetCell } from '@/engine/spreadsheet/cell-input';
import { validationFailed } from '../../errors';
import { csvRows } from './csv-rows';
import { cellText, isBlankCell } from './plain-cell';
import { xlsxRows } from './xlsx-rows';

export type FileKind = 'xlsx' | 'csv';
export type SheetFile = { path: string; kind: FileKind; name: string };
/** One spreadsheet row: its 1-based number as the spreadsheet shows it, and its cells from column A. */
export type SheetRow = { row: number; cells: SheetCell[] };
export type OpenSheet = { headers: string[]; headerRow: number; rows: AsyncGenerator<SheetRow> };

function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** Headers name mapping entries, so each must be unique and non-empty: blanks become "Column C", repeats "Name (2)". */
function uniqueHeaders(cells: SheetCell[]): string[] {
  const seen = new Map<string, number>();
  return cells.map((cell, index) => {
    const base = cellText(cell).replace(/^\ufeff/, '').trim() || `Column ${columnLetter(index)}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base} (${count})`;
  });
}

/** Rows that hold at least one value; blank lines are skipped but keep their numbers counted. */
async function* nonBlankRows(file: SheetFile): AsyncGenerator<SheetRow> {
  const rows = file.kind === 'xlsx' ? xlsxRows(file.path) : csvRows(file.path);
  for await (const row of rows) if (!row.cells.every(isBlankCell)) yield row;
}

const unreadable = (file: SheetFile, error: unknown) =>
  validationFailed(`The file "${file.name}" could not be read as ${file.kind === 'xlsx' ? 'an Excel workbook' : 'CSV'}: ${(error as Error).message}`);

/** Opens a file at its header row (the first row with a value); refuses a file without one. */
export async function openSheet(file: SheetFile): Promise<OpenSheet> {
  const rows = nonBlankRows(file);
  let first: IteratorResult<SheetRow>;
  try {
    first = await rows.next();
  } catch (error) {
    throw unreadable(file, error);
  }
  if (first.done) throw validationFailed(`The file "${file.name}" is empty: it needs a header row naming the columns`);
  const cells = [...first.value.cells];
  while (cells.length > 0 && isBlankCell(cells[cells.length - 1])) cells.pop();
  const headers = uniqueHeaders(cells);
  const width = headers.length;
  // Cells right of the last header belong to no column.
  async function* data(): AsyncGenerator<SheetRow> {
    try {
      for await (const row of rows) yield { row: row.row, cells: row.cells.slice(0, width) };
    } catch (error) {
      throw unreadable(file, error);
    }
  }
  return { headers, headerRow: first.value.row, rows: data() };
}

/** Counts data rows without converting them: the denominator of a job's progress. */
export async function countDataRows(file: SheetFile): Promise<number> {
  const { rows } = await openSheet(file);
  let count = 0;
  for await (const _row of rows) count += 1;
  return count;
}
