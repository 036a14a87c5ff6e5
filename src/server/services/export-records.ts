import { PassThrough, Readable } from 'node:stream';
import { z } from 'zod';
import type { Locale } from '@/engine/metadata/keys';
import { labelText } from '@/engine/metadata/keys';
import { compileFilter } from '@/engine/query/filter';
import { parseSort } from '@/engine/query/sort';
import { exportColumns } from '@/engine/spreadsheet/export-cells';
import { instantToWall } from '@/engine/spreadsheet/wall-time';
import type { Db } from '../db/types';
import { assertCan, type Actor } from '../auth/actor';
import { AppError, forbidden } from '../errors';
import { logger } from '../observability/logger';
import { BUSINESS_TIME_ZONE } from './business-time-zone';
import { loadRegistry, requireEntity } from './entity-registry';
import { exportRows } from './export/export-rows';
import { writeCsv, writeXlsx } from './export/export-writers';

export const ExportParamsSchema = z.object({
  format: z.enum(['xlsx', 'csv']).default('xlsx'),
  filter: z.string().max(20_000).optional(),
  sort: z.string().max(500).optional(),
});
export type ExportParams = { format?: string; filter?: string; sort?: string };
export type ExportFile = { fileName: string; contentType: string; body: ReadableStream<Uint8Array> };

const CONTENT_TYPES = { xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', csv: 'text/csv; charset=utf-8' };
const badQuery = (message: string, details: unknown) => new AppError(400, 'validation_failed', message, details);

/** customers-20260301-0930: the business's wall clock, not the server's. */
function stamp(now = new Date()): string {
  return instantToWall(now, BUSINESS_TIME_ZONE).toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
}

/**
 * Exports the records the list would show for the same filter and sort, as a streamed xlsx or
 * CSV. Everything that can be refused (permission, filter, sort) is checked before the first
 * byte, so those failures still get the JSON error shape.
 */
export async function exportRecords(db: Db, actor: Actor, entityKey: string, params: ExportParams, locale: Locale): Promise<ExportFile> {
  const parsed = ExportParamsSchema.safeParse(params);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
    throw badQuery(`Invalid export parameters: ${problems.map((p) => `${p.path} ${p.message}`).join('; ')}`, { problems });
  }
  const { format, filter, sort } = parsed.data;
  const registry = await loadRegistry(db);
  const entity = requireEntity(registry, entityKey);
  if (entity.parent) throw forbidden(`${entity.key} records are line items; export their ${entity.parent} records`);
  assertCan(actor, entity, 'export');
  const compiled = compileFilter(entity, filter);
  if (!compiled.ok) throw badQuery(`Invalid filter: ${compiled.problems.map((p) => p.message).join('; ')}`, { problems: compiled.problems });
  const order = parseSort(entity, sort);
  if (!order.ok) throw badQuery(`Invalid sort: ${order.problems.map((p) => p.message).join('; ')}`, { problems: order.problems });

  const columns = exportColumns(entity, registry.get, locale);
  const pages = exportRows(db, { registry, entity, columns, filter: compiled.ast, sort: order.terms, locale, format });
  const out = new PassThrough();
  const writing = format === 'xlsx' ? writeXlsx(out, labelText(entity.label, locale), columns, pages) : writeCsv(out, columns, pages);
  writing.catch((error: unknown) => {
    // Headers are sent by now: all that is left is to cut the download short so it is not mistaken for complete.
    logger.error({ err: error, entity: entity.key }, 'export failed');
    out.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return { fileName: `${entity.key}-${stamp()}.${format}`, contentType: CONTENT_TYPES[format], body: Readable.toWeb(out) as ReadableStream<Uint8Array> };
}
