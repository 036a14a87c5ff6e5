import { z } from 'zod';
import { MetadataKeySchema } from '../metadata/keys';

/** The import and export contract, shared by the route handlers and the import wizard. */

export const IMPORT_MODES = ['all_or_nothing', 'valid_rows'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
export const IMPORT_FILE_TYPES = ['.xlsx', '.csv'] as const;

const flag = z.union([z.boolean(), z.enum(['true', 'false', '1', '0', 'on', 'off'])]).transform((value) => value === true || value === 'true' || value === '1' || value === 'on');

/**
 * The form fields of POST /import/{entity} besides `file`. `mapping` is header → target key
 * ("qty", or "lines.qty" for a child-table field), null to skip the column.
 */
export const ImportOptionsSchema = z.object({
  mapping: z.record(z.string().max(500), z.string().max(100).nullable()).optional(),
  mode: z.enum(IMPORT_MODES).default('all_or_nothing'),
  keyField: MetadataKeySchema.optional(),
  groupBy: z.string().min(1).max(500).optional(),
  dryRun: flag.default(false),
  /** Orders only: reserve stock as a new order would; off for historical orders. */
  reserveStock: flag.default(true),
});
export type ImportOptions = z.infer<typeof ImportOptionsSchema>;

export type ImportRowError = {
  /** 1-based spreadsheet row (the header is row 1); null for a problem with the whole file. */
  row: number | null;
  column: string | null;
  field: string | null;
  message: string;
  value?: string;
};

export type ImportPreview = {
  headers: string[];
  suggestedMapping: Record<string, string | null>;
  suggestedGroupBy: string | null;
  previewRows: Array<{ row: number; cells: string[] }>;
  totalRows: number;
  errorRows: number;
  /** The first errors (at most 1,000). */
  errors: ImportRowError[];
};

export type ImportJobStatus = 'queued' | 'running' | 'succeeded' | 'failed';

export type ImportJobDto = {
  id: string;
  entity: string;
  status: ImportJobStatus;
  mode: ImportMode;
  fileName: string | null;
  totalRows: number;
  processedRows: number;
  insertedRows: number;
  updatedRows: number;
  errorRows: number;
  /** The first 1,000 errors; the whole report is at errors.csv. */
  errors: ImportRowError[];
  errorCount: number;
  createdAt: string;
  finishedAt: string | null;
};
