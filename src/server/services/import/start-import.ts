import type { ImportPreview } from '@/engine/contract/import-export';
import { suggestGroupBy } from '@/engine/spreadsheet/match-headers';
import type { Db } from '../../db/types';
import { assertCan, type Actor } from '../../auth/actor';
import { forbidden, validationFailed } from '../../errors';
import { loadRegistry, requireEntity } from '../entity-registry';
import { buildPlan, type ImportPlan } from './import-plan';
import { ERRORS_IN_RESPONSE, PREVIEW_ROWS } from './import-limits';
import { parseImportOptions } from './import-options';
import { createJob } from './job-store';
import { cellText } from './plain-cell';
import { runImportJob } from './run-import-job';
import { runPass } from './run-pass';
import { openSheet, type SheetRow } from './sheet-rows';
import { readImportUpload, removeUpload } from './upload';

export type StartImportResult = { kind: 'job'; jobId: string } | { kind: 'preview'; preview: ImportPreview };

const noRecords = (name: string) => validationFailed(`The file "${name}" has a header row but no records below it`);

async function* tap(rows: AsyncIterable<SheetRow>, preview: ImportPreview['previewRows'], width: number): AsyncGenerator<SheetRow> {
  for await (const row of rows) {
    if (preview.length < PREVIEW_ROWS) preview.push({ row: row.row, cells: Array.from({ length: width }, (_, i) => cellText(row.cells[i] ?? null)) });
    yield row;
  }
}

/** A dry run: the whole file is read and validated as the import would, and nothing is written. */
async function dryRun(db: Db, actor: Actor, plan: ImportPlan, rows: AsyncIterable<SheetRow>, name: string): Promise<ImportPreview> {
  const previewRows: ImportPreview['previewRows'] = [];
  const result = await runPass(db, actor, plan, tap(rows, previewRows, plan.headers.length), { write: 'check', reserveStock: true });
  if (result.totalRows === 0) throw noRecords(name);
  return {
    headers: plan.headers,
    suggestedMapping: plan.mapping,
    suggestedGroupBy: plan.hasChildren ? (plan.groupByIndex !== null ? plan.headers[plan.groupByIndex] : suggestGroupBy(plan.headers, plan.entity)) : null,
    previewRows,
    totalRows: result.totalRows,
    errorRows: result.errors.rows,
    errors: result.errors.errors.slice(0, ERRORS_IN_RESPONSE),
  };
}

/**
 * POST /import/{entity}: checks the upload and the options, then either previews (dryRun) or
 * creates a job and starts it in the background, returning its id at once.
 */
export async function startImport(db: Db, actor: Actor, entityKey: string, request: Request): Promise<StartImportResult> {
  const registry = await loadRegistry(db);
  const entity = requireEntity(registry, entityKey);
  if (entity.parent) throw forbidden(`${entity.key} records are line items; import them with their ${entity.parent} records`);
  assertCan(actor, entity, 'create');
  const { file, fields } = await readImportUpload(request);
  let handedOver = false;
  try {
    const options = parseImportOptions(fields);
    if (options.keyField) assertCan(actor, entity, 'update');
    const sheet = await openSheet(file);
    const plan = buildPlan(registry, entity, sheet.headers, options);
    if (options.dryRun) return { kind: 'preview', preview: await dryRun(db, actor, plan, sheet.rows, file.name) };
    const first = await sheet.rows.next();
    await sheet.rows.return(undefined);
    if (first.done) throw noRecords(file.name);
    const jobOptions = { mapping: plan.mapping, keyField: options.keyField ?? null, groupBy: options.groupBy ?? null, reserveStock: options.reserveStock };
    const jobId = await createJob(db, { entity: entity.key, actorId: actor.id, mode: options.mode, fileName: file.name, options: jobOptions });
    handedOver = true;
    void runImportJob({ jobId, db, actor, plan, file, mode: options.mode, reserveStock: options.reserveStock });
    return { kind: 'job', jobId };
  } finally {
    if (!handedOver) await removeUpload(file);
  }
}
