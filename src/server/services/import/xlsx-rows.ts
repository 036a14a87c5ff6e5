import { createReadStream } from 'node:fs';
import ExcelJS from 'exceljs';
import { plainCell } from './plain-cell';
import type { SheetRow } from './sheet-rows';

/**
 * The rows of the first worksheet, read with exceljs's streaming reader so a 100,000-row sheet
 * never sits in memory. Styles are read because that is how exceljs tells dates from numbers.
 */
export async function* xlsxRows(path: string): AsyncGenerator<SheetRow> {
  const input = createReadStream(path);
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(input, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'emit' });
  try {
    for await (const worksheet of workbook) {
      for await (const row of worksheet) {
        const values = row.values as unknown[];
        const cells = [];
        // row.values is 1-based and sparse: index 0 is always empty.
        for (let index = 1; index < values.length; index += 1) cells.push(plainCell(values[index]));
        yield { row: row.number, cells };
      }
      return;
    }
  } finally {
    input.destroy();
  }
}
