import type { ImportRowError } from '@/engine/contract/import-export';
import type { RecordDto } from '@/engine/contract/api-types';
import { cellToInput } from '@/engine/spreadsheet/cell-input';
import { childTables } from '@/engine/spreadsheet/import-targets';
import type { ImportPlan, PlanColumn } from './import-plan';
import { cellText, isBlankCell } from './plain-cell';
import type { SheetRow } from './sheet-rows';

/**
 * One record to import, built from its rows: a plain record from one row, a record with line
 * items from a group of rows (parent fields from the first row, one line per row).
 */
export type Candidate = {
  parentRow: SheetRow;
  /** Rows behind each child table's lines, in line order, so `lines[2].qty` maps back to a row. */
  lineRows: Record<string, SheetRow[]>;
  rowCount: number;
  input: Record<string, unknown>;
  errors: ImportRowError[];
  /** The stored record a keyField match found: the import updates it. */
  existing?: RecordDto;
  /** Normalised values once validated. */
  values?: Record<string, unknown>;
};

export function cellError(row: SheetRow, column: PlanColumn | null, field: string | null, message: string): ImportRowError {
  const value = column ? cellText(row.cells[column.index] ?? null) : '';
  return { row: row.row, column: column?.header ?? null, field, message, ...(value ? { value } : {}) };
}

function readInto(plan: ImportPlan, row: SheetRow, columns: PlanColumn[], target: Record<string, unknown>, errors: ImportRowError[]): void {
  for (const column of columns) {
    const converted = cellToInput(column.target.field, row.cells[column.index] ?? null, { timeZone: plan.timeZone });
    if (converted.ok) target[column.target.field.id] = converted.value;
    else errors.push(cellError(row, column, column.target.key, converted.message));
  }
}

export function buildCandidate(plan: ImportPlan, rows: SheetRow[], groupProblem?: string): Candidate {
  const [parentRow] = rows;
  const candidate: Candidate = { parentRow, lineRows: {}, rowCount: rows.length, input: {}, errors: [] };
  if (groupProblem) candidate.errors.push(cellError(parentRow, null, null, groupProblem));
  readInto(plan, parentRow, plan.columns.filter((column) => !column.target.childTable), candidate.input, candidate.errors);
  for (const table of childTables(plan.entity)) {
    const columns = plan.columns.filter((column) => column.target.childTable?.id === table.id);
    if (columns.length === 0) continue;
    // A row without any line cell (say, an order with a note row) adds no line.
    const lineRows = rows.filter((row) => columns.some((column) => !isBlankCell(row.cells[column.index] ?? null)));
    const lines = lineRows.map((row) => {
      const line: Record<string, unknown> = {};
      readInto(plan, row, columns, line, candidate.errors);
      return line;
    });
    candidate.lineRows[table.id] = lineRows;
    candidate.input[table.id] = lines;
  }
  return candidate;
}

/** Where an API-style error path (`name`, `lines[2].qty`, `lines`) lies in the file. */
export function locate(plan: ImportPlan, candidate: Candidate, path: string): { row: SheetRow; column: PlanColumn | null; field: string } {
  const match = /^([a-z][a-z0-9_]*)(?:\[(\d+)\](?:\.([a-z][a-z0-9_]*))?)?$/.exec(path);
  if (!match) return { row: candidate.parentRow, column: null, field: path || '' };
  const [, fieldId, index, childField] = match;
  if (index === undefined) return { row: candidate.parentRow, column: plan.columns.find((c) => !c.target.childTable && c.target.field.id === fieldId) ?? null, field: fieldId };
  const row = candidate.lineRows[fieldId]?.[Number(index)] ?? candidate.parentRow;
  const key = childField ? `${fieldId}.${childField}` : fieldId;
  return { row, column: plan.columns.find((c) => c.target.key === key) ?? null, field: key };
}
