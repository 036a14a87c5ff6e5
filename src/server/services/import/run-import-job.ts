import type { ImportMode, ImportRowError } from '@/engine/contract/import-export';
import type { Db } from '../../db/types';
import { hasConnectionPool } from '../../db/pool';
import type { Actor } from '../../auth/actor';
import { AppError } from '../../errors';
import { logger } from '../../observability/logger';
import type { ImportPlan } from './import-plan';
import { finishJob, reportProgress, startJob, type JobCounts } from './job-store';
import { runPass, type PassProgress, type PassResult } from './run-pass';
import { countDataRows, openSheet, type SheetFile } from './sheet-rows';
import { removeUpload } from './upload';

export type ImportJobInput = { jobId: string; db: Db; actor: Actor; plan: ImportPlan; file: SheetFile; mode: ImportMode; reserveStock: boolean };

/** Thrown out of a pass when the job row says the job is over (declared dead); nothing more is written. */
class JobGone extends Error {}
/** Carries a failed all-or-nothing write pass out of its transaction, rolling it back. */
class Rollback extends Error {
  constructor(readonly result: PassResult) {
    super('import rolled back');
  }
}

function counts(progress: PassProgress, inserted = progress.inserted, updated = progress.updated): JobCounts {
  return { processedRows: progress.processedRows, insertedRows: inserted, updatedRows: updated, errorRows: progress.errors.rows };
}

function reportedErrors(progress: PassProgress): ImportRowError[] {
  const { errors } = progress;
  if (!errors.truncated) return errors.errors;
  return [...errors.errors, { row: null, column: null, field: null, message: `${errors.total - errors.errors.length} more errors are not listed; fix these and import again` }];
}

/**
 * Where a batch's auto numbers are drawn: the pool, so the counter row is locked only for that
 * statement and not until the import's transaction commits, which would hold up every live order
 * of the day. PGlite has one connection: there the import's transaction draws them.
 */
function counterDbOf(db: Db): Db | undefined {
  return hasConnectionPool(db) ? db : undefined;
}

async function allOrNothing(input: ImportJobInput, onBatch: (progress: PassProgress) => Promise<void>): Promise<PassResult> {
  const { db, actor, plan, file } = input;
  // Checked outside any transaction first: a file with errors costs no writes and holds no locks.
  const checked = await runPass(db, actor, plan, (await openSheet(file)).rows, { write: 'check', reserveStock: input.reserveStock, onBatch });
  if (checked.errors.total > 0) return checked;
  try {
    // No progress writes inside: the embedded database runs one transaction at a time, and the row would not be visible anyway.
    return await db.transaction(async (tx) => {
      const written = await runPass(tx, actor, plan, (await openSheet(file)).rows, { write: 'inline', reserveStock: input.reserveStock, counterDb: counterDbOf(db) });
      if (written.errors.total > 0) throw new Rollback(written);
      return written;
    });
  } catch (error) {
    if (error instanceof Rollback) return { ...error.result, inserted: 0, updated: 0 };
    throw error;
  }
}

/**
 * Runs an import job to its end and records the outcome on the job row, which is the only state
 * anyone reads. Started without awaiting by the request that created the job.
 */
export async function runImportJob(input: ImportJobInput): Promise<void> {
  const { db, jobId, mode } = input;
  // What is committed so far: valid_rows commits batch by batch, all-or-nothing only at the end.
  let committed: JobCounts = { processedRows: 0, insertedRows: 0, updatedRows: 0, errorRows: 0 };
  try {
    if (!(await startJob(db, jobId, await countDataRows(input.file)))) return;
    const onBatch = async (progress: PassProgress) => {
      const shown = mode === 'valid_rows' ? counts(progress) : counts(progress, 0, 0);
      if (mode === 'valid_rows') committed = shown;
      if (!(await reportProgress(db, jobId, shown))) throw new JobGone();
    };
    const result = mode === 'valid_rows'
      ? await runPass(db, input.actor, input.plan, (await openSheet(input.file)).rows, { write: 'batches', reserveStock: input.reserveStock, onBatch, counterDb: counterDbOf(db) })
      : await allOrNothing(input, onBatch);
    const failed = result.errors.total > 0 && (mode === 'all_or_nothing' || result.inserted + result.updated === 0);
    await finishJob(db, jobId, { status: failed ? 'failed' : 'succeeded', totalRows: result.totalRows, ...counts(result), errors: reportedErrors(result) });
  } catch (error) {
    if (error instanceof JobGone) return;
    if (!(error instanceof AppError)) logger.error({ err: error, jobId }, 'import job failed');
    const reason = error instanceof AppError ? error.message : 'The import failed on the server; the error has been logged.';
    const kept = committed.insertedRows + committed.updatedRows > 0 ? ` The first ${committed.processedRows} rows were imported.` : ' Nothing was written.';
    await finishJob(db, jobId, { status: 'failed', ...committed, errors: [{ row: null, column: null, field: null, message: reason + kept }] }).catch((finishError: unknown) =>
      logger.error({ err: finishError, jobId }, 'could not record the failure of an import job'),
    );
  } finally {
    await removeUpload(input.file);
  }
}
