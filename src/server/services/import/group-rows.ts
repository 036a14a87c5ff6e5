import { cellText, isBlankCell } from './plain-cell';
import type { SheetRow } from './sheet-rows';

/** The rows of one future record; `problem` when the file breaks the grouping rules. */
export type RowGroup = { rows: SheetRow[]; problem?: string };

/**
 * Groups consecutive rows with the same value in the group-by column into one record. An empty
 * group-by cell continues the group above (sheets often give the order number on its first line
 * only). Groups must be contiguous: holding every group until the end of the file would make
 * memory grow with the file, so a value seen again later is reported instead.
 * Without a group-by column every row is a record of its own.
 */
export async function* groupRows(rows: AsyncIterable<SheetRow>, groupByIndex: number | null): AsyncGenerator<RowGroup> {
  if (groupByIndex === null) {
    for await (const row of rows) yield { rows: [row] };
    return;
  }
  const closed = new Map<string, number>();
  let current: { key: string; rows: SheetRow[] } | null = null;
  for await (const row of rows) {
    const cell = row.cells[groupByIndex] ?? null;
    const key = isBlankCell(cell) ? null : cellText(cell).trim();
    if (current && (key === null || key === current.key)) {
      current.rows.push(row);
      continue;
    }
    if (current) {
      closed.set(current.key, current.rows[0].row);
      yield { rows: current.rows };
    }
    current = { key: key ?? `\u0000${row.row}`, rows: [row] };
    const earlier = key === null ? undefined : closed.get(key);
    if (earlier !== undefined) {
      yield { rows: current.rows, problem: `Rows for "${key}" must be next to each other (it also starts at row ${earlier})` };
      current = null;
    }
  }
  if (current) yield { rows: current.rows };
}

/** Collects groups into batches of about `size` rows; a group is never split. */
export async function* batchGroups(groups: AsyncIterable<RowGroup>, size: number): AsyncGenerator<RowGroup[]> {
  let batch: RowGroup[] = [];
  let rows = 0;
  for await (const group of groups) {
    batch.push(group);
    rows += group.rows.length;
    if (rows >= size) {
      yield batch;
      batch = [];
      rows = 0;
    }
  }
  if (batch.length > 0) yield batch;
}
