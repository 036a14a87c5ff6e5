import { once } from 'node:events';
import type { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { exportNumFmt, type ExportCell, type ExportColumn } from '@/engine/spreadsheet/export-cells';

/** Waits while the client is slower than the database, so unread pages never pile up in memory. */
async function drained(out: PassThrough): Promise<void> {
  if (out.writableNeedDrain && !out.destroyed) await Promise.race([once(out, 'drain'), once(out, 'close')]);
}

/** Streams an xlsx with exceljs's WorkbookWriter: each row is committed (serialised) as it is added. */
export async function writeXlsx(out: PassThrough, sheetName: string, columns: ExportColumn[], pages: AsyncIterable<ExportCell[][]>): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  // Excel allows 31 characters and no []:*?/\ in a sheet name.
  const worksheet = workbook.addWorksheet(sheetName.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet1', { views: [{ state: 'frozen', ySplit: 1 }] });
  worksheet.columns = columns.map((column) => {
    const numFmt = exportNumFmt(column.field);
    return { header: column.header, key: column.key, width: Math.min(40, Math.max(12, column.header.length * 2 + 2)), ...(numFmt ? { style: { numFmt } } : {}) };
  });
  worksheet.getRow(1).font = { bold: true };
  for await (const rows of pages) {
    if (out.destroyed) return;
    for (const cells of rows) worksheet.addRow(cells).commit();
    await drained(out);
  }
  worksheet.commit();
  await workbook.commit();
}

/** CSV with a UTF-8 byte-order mark: without it Excel reads the bytes as the local code page and garbles Chinese. */
export async function writeCsv(out: PassThrough, columns: ExportColumn[], pages: AsyncIterable<ExportCell[][]>): Promise<void> {
  out.write(`\ufeff${Papa.unparse([columns.map((column) => column.header)], { newline: '\r\n' })}\r\n`);
  for await (const rows of pages) {
    if (out.destroyed) return;
    const text = Papa.unparse(rows.map((cells) => cells.map((cell) => (cell instanceof Date ? cell.toISOString() : cell))), { newline: '\r\n' });
    out.write(`${text}\r\n`);
    await drained(out);
  }
  out.end();
}
