import { sql } from 'drizzle-orm';
import type { ImportJobDto, ImportPreview } from '@/engine/contract/import-export';
import { queryOne } from '../db/sql';
import type { Db } from '../db/types';
import type { Actor } from '../auth/actor';
import { getImportJob } from '../services/import/get-import-job';
import { startImport } from '../services/import/start-import';
import { entityTable } from '../store/table-names';
import { importForm, importRequest } from './spreadsheet-files';

/** Test helpers: upload a file as the route would, wait for its job, count a table. */
export async function waitForJob(db: Db, actor: Actor, jobId: string): Promise<ImportJobDto> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const job = await getImportJob(db, actor, jobId);
    if (job.status === 'succeeded' || job.status === 'failed') return job;
    if (Date.now() > deadline) throw new Error(`import job ${jobId} still ${job.status}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

export async function importFile(db: Db, actor: Actor, entity: string, name: string, content: Buffer | string, fields: Record<string, string | object> = {}): Promise<ImportJobDto> {
  const result = await startImport(db, actor, entity, importRequest(entity, importForm(name, content, fields)));
  if (result.kind !== 'job') throw new Error('expected a job');
  return waitForJob(db, actor, result.jobId);
}

export async function previewFile(db: Db, actor: Actor, entity: string, name: string, content: Buffer | string, fields: Record<string, string | object> = {}): Promise<ImportPreview> {
  const result = await startImport(db, actor, entity, importRequest(entity, importForm(name, content, { ...fields, dryRun: 'true' })));
  if (result.kind !== 'preview') throw new Error('expected a preview');
  return result.preview;
}

export async function countRecords(db: Db, entity: string, where = sql`true`): Promise<number> {
  const row = await queryOne<{ n: string | number }>(db, sql`select count(*) as n from ${entityTable(entity)} where ${where}`);
  return Number(row?.n ?? 0);
}
