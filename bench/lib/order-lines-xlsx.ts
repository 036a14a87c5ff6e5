import ExcelJS from 'exceljs';

export const ORDER_LINE_HEADERS = ['Order ref', 'Customer', 'Channel', 'Status', 'SKU', 'Qty'];
const CHANNELS = ['store', 'online', 'api'];

/**
 * Writes `lines` order lines to an xlsx with exceljs's streaming writer (shared strings, as Excel
 * saves them), grouped into orders of 1–7 lines (about lines / 4 orders). Every row repeats its
 * order's reference, customer, channel and status, the way exports from other systems usually
 * look. Historical orders are in a final state: one that holds stock needs stock reserved.
 * Customers are named `customerName(n)`, products by SKU `B-n` as createBenchDb seeds them.
 * Deterministic, so runs are comparable. Returns the number of orders.
 */
export async function writeOrderLinesXlsx(options: { path: string; lines: number; customers: number; products: number; customerName: (n: number) => string }): Promise<number> {
  let state = 11;
  const next = (n: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state % n;
  };
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: options.path, useSharedStrings: true, useStyles: false });
  const sheet = workbook.addWorksheet('Orders');
  sheet.addRow(ORDER_LINE_HEADERS).commit();
  let written = 0;
  let orders = 0;
  while (written < options.lines) {
    orders += 1;
    const ref = `IMP-${String(orders).padStart(6, '0')}`;
    const customer = options.customerName(1 + next(options.customers));
    const channel = CHANNELS[next(CHANNELS.length)];
    const size = Math.min(1 + next(7), options.lines - written);
    for (let line = 0; line < size; line += 1) {
      sheet.addRow([ref, customer, channel, 'completed', `B-${1 + next(options.products)}`, 1 + next(5)]).commit();
    }
    written += size;
  }
  sheet.commit();
  await workbook.commit();
  return orders;
}
