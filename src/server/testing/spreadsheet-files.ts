import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';

/** An xlsx built the way big exports are, with exceljs's streaming writer; `rows[0]` is the header. */
export async function xlsxFile(rows: unknown[][], options: { dateFormat?: string } = {}): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: true });
  const sheet = workbook.addWorksheet('Sheet1');
  for (const row of rows) {
    const added = sheet.addRow(row);
    // Date cells need a date format, or Excel (and exceljs reading it back) sees plain numbers.
    row.forEach((value, index) => {
      if (value instanceof Date) added.getCell(index + 1).numFmt = options.dateFormat ?? 'yyyy-mm-dd';
    });
    added.commit();
  }
  sheet.commit();
  await workbook.commit();
  return Buffer.concat(chunks);
}

/** Reads an xlsx back (whole, fine for test-sized files) as rows of cell values, header first. */
export async function readXlsx(data: ArrayBuffer | Buffer): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as ArrayBuffer);
  const rows: unknown[][] = [];
  workbook.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

/** The multipart body of POST /import/{entity}. */
export function importForm(fileName: string, content: Buffer | string, fields: Record<string, string | object> = {}): FormData {
  const form = new FormData();
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : new Uint8Array(content);
  form.set('file', new Blob([bytes]), fileName);
  for (const [key, value] of Object.entries(fields)) form.set(key, typeof value === 'string' ? value : JSON.stringify(value));
  return form;
}

export function importRequest(entity: string, form: FormData, headers: Record<string, string> = {}): Request {
  return new Request(`http://localhost/api/v1/import/${entity}`, { method: 'POST', body: form, headers });
}
