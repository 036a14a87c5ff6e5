import type { FieldDef, FieldOf } from '../metadata/field';
import { LOCALES, labelText } from '../metadata/keys';
import { excelSerialToWall, wallDate, wallToInstant } from './wall-time';

/** A cell as the file readers hand it over: plain values only; `{ error }` is an Excel error such as #N/A. */
export type SheetCell = string | number | boolean | Date | null | { error: string };
export type CellInput = { ok: true; value: unknown } | { ok: false; message: string };

const TRUE_WORDS = new Set(['true', 'yes', 'y', '1', '是', '对', '√', '✓']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0', '否', '错', '×']);
const SLASH_DATE = /^(\d{4})[/.年-](\d{1,2})[/.月-](\d{1,2})日?$/;
const LOCAL_DATETIME = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/;
const GROUPED_NUMBER = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/;
// Excel's own display precision: formula results like 0.1 + 0.2 come back as 0.30000000000000004.
const clean = (value: number) => Number(value.toPrecision(15));

function text(cell: string | number | boolean | Date): string {
  if (cell instanceof Date) return wallDate(cell);
  if (typeof cell === 'number') return String(clean(cell));
  return String(cell);
}

function optionValue(field: FieldOf<'single_select'> | FieldOf<'multi_select'>, raw: string): string {
  const wanted = raw.trim().toLowerCase();
  const option = field.options.find((candidate) => candidate.value === raw.trim())
    ?? field.options.find((candidate) => [candidate.value, ...LOCALES.map((locale) => labelText(candidate.label, locale))].some((name) => name.toLowerCase() === wanted));
  return option?.value ?? raw.trim();
}

function toDate(cell: string | number | boolean | Date): unknown {
  if (cell instanceof Date) return wallDate(cell);
  if (typeof cell === 'number' && cell > 0 && cell < 2_958_466) return wallDate(excelSerialToWall(cell));
  const match = SLASH_DATE.exec(String(cell).trim());
  return match ? `${match[1]}-${match[2].padStart(2, '0')}-${match[3].padStart(2, '0')}` : cell;
}

function toDateTime(cell: string | number | boolean | Date, timeZone: string): unknown {
  if (cell instanceof Date) return wallToInstant(cell, timeZone).toISOString();
  if (typeof cell === 'number' && cell > 0) return wallToInstant(excelSerialToWall(cell), timeZone).toISOString();
  const match = LOCAL_DATETIME.exec(String(cell).trim());
  if (!match) return cell;
  const [, y, mo, d, h, mi, s] = match.map(Number);
  return wallToInstant(new Date(Date.UTC(y, mo - 1, d, h, mi, s || 0)), timeZone).toISOString();
}

function toBoolean(cell: string | number | boolean | Date): unknown {
  if (typeof cell === 'boolean') return cell;
  const word = text(cell).trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  return FALSE_WORDS.has(word) ? false : cell;
}

function toNumber(cell: string | number | boolean | Date): unknown {
  if (typeof cell === 'number') return clean(cell);
  const raw = String(cell).trim().replace(/^[¥￥$]/, '');
  return GROUPED_NUMBER.test(raw) ? raw.replace(/,/g, '') : raw;
}

/**
 * Turns one cell into the value the record API would accept for the field, undoing what
 * spreadsheets do to values: numbers for codes, Dates for days, option labels instead of values,
 * "是/否" for booleans. Anything it cannot read is passed on for the record validator to refuse,
 * so import errors read exactly like API errors.
 */
export function cellToInput(field: FieldDef, cell: SheetCell, options: { timeZone: string }): CellInput {
  if (cell !== null && typeof cell === 'object' && !(cell instanceof Date)) return { ok: false, message: `The cell holds the spreadsheet error ${cell.error}` };
  // A leading apostrophe is how exports keep text such as "+86…" or "=…" from running as a formula.
  const value = typeof cell === 'string' ? cell.trim().replace(/^'(?=[=+\-@])/, '') : cell;
  if (value === null || value === '') return { ok: true, value: null };
  switch (field.type) {
    case 'number':
    case 'money':
      return { ok: true, value: toNumber(value) };
    case 'date':
      return { ok: true, value: toDate(value) };
    case 'datetime':
      return { ok: true, value: toDateTime(value, options.timeZone) };
    case 'boolean':
      return { ok: true, value: toBoolean(value) };
    case 'single_select':
      return { ok: true, value: optionValue(field, text(value)) };
    case 'multi_select':
      return { ok: true, value: text(value).split(/[,，;；\n]/).map((item) => item.trim()).filter(Boolean).map((item) => optionValue(field, item)) };
    default:
      return { ok: true, value: text(value) };
  }
}
