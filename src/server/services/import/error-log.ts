import type { ImportRowError } from '@/engine/contract/import-export';
import { MAX_STORED_ERRORS } from './import-limits';

/**
 * Collects row errors in file order up to a cap (memory stays bounded on a file that is wrong on
 * every line) while still counting all of them and the rows they kept out.
 */
export class ErrorLog {
  readonly errors: ImportRowError[] = [];
  total = 0;
  /** Spreadsheet rows not imported because of an error (every row of a rejected order counts). */
  rows = 0;

  add(error: ImportRowError): void {
    this.total += 1;
    if (this.errors.length < MAX_STORED_ERRORS) this.errors.push(error);
  }

  reject(rowErrors: ImportRowError[], rowCount: number): void {
    for (const error of rowErrors) this.add(error);
    this.rows += rowCount;
  }

  get truncated(): boolean {
    return this.total > this.errors.length;
  }
}
