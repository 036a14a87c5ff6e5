import type { Db } from '../../db/types';
import type { Actor } from '../../auth/actor';
import { AppError, fromDatabaseError } from '../../errors';
import { createRecord } from '../create-record';
import { cellError, locate, type Candidate } from './candidate';
import type { ImportPlan } from './import-plan';
import type { WriteCounts } from './write-records';

/** Import options that only concern records with line items. */
export type GroupWriteOptions = { reserveStock: boolean; counterDb?: Db };

function detailErrors(plan: ImportPlan, candidate: Candidate, error: AppError): void {
  const fields = (error.details as { fields?: Array<{ field: string; message: string }> } | undefined)?.fields;
  if (!Array.isArray(fields) || fields.length === 0) {
    candidate.errors.push(cellError(candidate.parentRow, null, null, error.message));
    return;
  }
  for (const problem of fields) {
    const { row, column, field } = locate(plan, candidate, problem.field);
    candidate.errors.push(cellError(row, column, field, problem.message));
  }
}

/**
 * Records with line items (or a lifecycle) go through createRecord, one per group, which
 * validates, computes totals, numbers, reserves stock and audits as any other create. Called
 * inside the job's transaction, each createRecord runs in a savepoint, so a refused record (say,
 * short of stock) does not undo the others. `reserveStock: false` imports historical orders.
 */
export async function writeGroupCandidates(db: Db, actor: Actor, plan: ImportPlan, candidates: Candidate[], options: GroupWriteOptions): Promise<WriteCounts> {
  let inserted = 0;
  for (const candidate of candidates) {
    try {
      // The plan's registry: the one its rows were validated against, and one round trip less per record.
      await createRecord(db, actor, plan.entity.key, candidate.input, { reserveStock: options.reserveStock, counterDb: options.counterDb, registry: plan.registry });
      inserted += 1;
    } catch (error) {
      const known = error instanceof AppError ? error : fromDatabaseError(error);
      if (!known) throw error;
      detailErrors(plan, candidate, known);
    }
  }
  return { inserted, updated: 0 };
}
