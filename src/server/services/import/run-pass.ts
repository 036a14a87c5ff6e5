import type { Db } from '../../db/types';
import type { Actor } from '../../auth/actor';
import { AppError, fromDatabaseError } from '../../errors';
import { buildCandidate, type Candidate } from './candidate';
import { ErrorLog } from './error-log';
import { batchGroups, groupRows } from './group-rows';
import type { ImportPlan } from './import-plan';
import { BATCH_ROWS } from './import-limits';
import type { SheetRow } from './sheet-rows';
import { newPassState, validateCandidates } from './validate-candidates';
import { writeGroupCandidates, type GroupWriteOptions } from './write-groups';
import { writePlainCandidates, type WriteCounts } from './write-records';

/**
 * - check: validate only, write nothing (dry runs, the first pass of all-or-nothing).
 * - batches: write each batch's valid records in a transaction of its own (import valid rows).
 * - inline: write into the caller's transaction; after the first error nothing more is written,
 *   but the rest is still checked so the report is complete (all-or-nothing).
 */
export type PassWrite = 'check' | 'batches' | 'inline';
export type PassOptions = GroupWriteOptions & { write: PassWrite; onBatch?: (progress: PassProgress) => Promise<void> };
export type PassProgress = { processedRows: number; inserted: number; updated: number; errors: ErrorLog };
export type PassResult = PassProgress & { totalRows: number };

type Writer = (db: Db, candidates: Candidate[]) => Promise<WriteCounts>;

/** valid_rows: one transaction per batch; if the database refuses it (say, a duplicate written meanwhile), each record is retried alone. */
async function writeInOwnTransaction(db: Db, write: Writer, candidates: Candidate[]): Promise<WriteCounts> {
  try {
    return await db.transaction((tx) => write(tx, candidates));
  } catch (error) {
    const known = error instanceof AppError ? error : fromDatabaseError(error);
    if (!known) throw error;
    if (candidates.length === 1) {
      candidates[0].errors = [{ row: candidates[0].parentRow.row, column: null, field: null, message: known.message }];
      return { inserted: 0, updated: 0 };
    }
    const total = { inserted: 0, updated: 0 };
    for (const candidate of candidates) {
      // Errors noted by the rolled-back attempt no longer hold.
      candidate.errors = [];
      const counts = await writeInOwnTransaction(db, write, [candidate]);
      total.inserted += counts.inserted;
      total.updated += counts.updated;
    }
    return total;
  }
}

/** One pass over the data rows: build records, validate them in batches, write them as `write` says. */
export async function runPass(db: Db, actor: Actor, plan: ImportPlan, rows: AsyncIterable<SheetRow>, options: PassOptions): Promise<PassResult> {
  const state = newPassState();
  const progress: PassProgress = { processedRows: 0, inserted: 0, updated: 0, errors: new ErrorLog() };
  const write: Writer = plan.throughRecordService
    ? (tx, candidates) => writeGroupCandidates(tx, actor, plan, candidates, options)
    : (tx, candidates) => writePlainCandidates(tx, actor, plan, candidates);
  for await (const batch of batchGroups(groupRows(rows, plan.hasChildren ? plan.groupByIndex : null), BATCH_ROWS)) {
    const candidates = batch.map((group) => buildCandidate(plan, group.rows, group.problem));
    await validateCandidates(db, plan, candidates, state);
    const valid = candidates.filter((candidate) => candidate.errors.length === 0);
    const shouldWrite = options.write === 'batches' || (options.write === 'inline' && progress.errors.total === 0 && valid.length === candidates.length);
    if (shouldWrite && valid.length > 0) {
      const counts = options.write === 'batches' ? await writeInOwnTransaction(db, write, valid) : await write(db, valid);
      progress.inserted += counts.inserted;
      progress.updated += counts.updated;
    }
    for (const candidate of candidates) if (candidate.errors.length > 0) progress.errors.reject(candidate.errors, candidate.rowCount);
    progress.processedRows += batch.reduce((sum, group) => sum + group.rows.length, 0);
    await options.onBatch?.(progress);
  }
  return { ...progress, totalRows: progress.processedRows };
}
