import Papa from 'papaparse';
import type { ImportJobDto } from '@/engine/contract/import-export';
import { isAdmin } from '@/engine/auth/permissions';
import type { Db } from '../../db/types';
import type { Actor } from '../../auth/actor';
import { notFound } from '../../errors';
import { isUuid } from '../get-record';
import { readJob, readJobErrors } from './job-store';

/** Only the job's creator and administrators see a job; to anyone else it does not exist. */
async function visibleJob(db: Db, actor: Actor, id: string) {
  const job = isUuid(id) ? await readJob(db, id) : undefined;
  if (!job || (job.actorId !== actor.id && !isAdmin(actor.grants))) throw notFound(`No import job with id "${id}"`);
  return job;
}

export async function getImportJob(db: Db, actor: Actor, id: string): Promise<ImportJobDto> {
  const { actorId: _actorId, ...job } = await visibleJob(db, actor, id);
  return job;
}

/** The whole error report as CSV (row, column, value, message), with a BOM so Excel reads Chinese right. */
export async function importErrorReport(db: Db, actor: Actor, id: string): Promise<{ fileName: string; csv: string }> {
  const job = await visibleJob(db, actor, id);
  const errors = await readJobErrors(db, id);
  const rows = errors.map((error) => [error.row ?? '', error.column ?? '', error.value ?? '', error.message]);
  const csv = Papa.unparse({ fields: ['row', 'column', 'value', 'message'], data: rows }, { escapeFormulae: /^[=+\-@\t\r]/ });
  return { fileName: `${job.entity}-import-errors.csv`, csv: `\ufeff${csv}\r\n` };
}
