import Papa from 'papaparse';
import type { FlatTable } from './widget-table';

function save(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  saveUrl(url, fileName);
  // The click has started the download by the time the next task runs.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function saveUrl(url: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
}

/** CSV with a byte-order mark (Excel reads Chinese right only then); formulas are escaped, not run. */
export function csvText(table: FlatTable): string {
  return `\ufeff${Papa.unparse({ fields: table.headers, data: table.rows }, { newline: '\r\n', escapeFormulae: true })}`;
}

export function downloadCsv(table: FlatTable, fileName: string): void {
  save(new Blob([csvText(table)], { type: 'text/csv;charset=utf-8' }), fileName);
}

/** exceljs is large and rarely used, so it loads only when someone exports. */
export async function downloadXlsx(table: FlatTable, sheetName: string, fileName: string): Promise<void> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet1', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(table.headers).font = { bold: true };
  for (const row of table.rows) {
    sheet.addRow(row.map((cell, index) => (table.numeric[index] && typeof cell === 'string' && Number.isFinite(Number(cell)) ? Number(cell) : cell)));
  }
  sheet.columns.forEach((column, index) => {
    column.width = Math.min(40, Math.max(12, (table.headers[index]?.length ?? 0) * 2 + 2));
  });
  const buffer = await workbook.xlsx.writeBuffer();
  save(new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), fileName);
}
