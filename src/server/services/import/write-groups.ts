import type { Db } from '../../db/types';
import type { Actor } from '../../auth/actor';
import { AppError, fromDatabaseError } from '../../errors';
import { reserveAutoNumbers } from '../auto-numbers';
import { createRecord } from '../create-record';
import { cellError, locate, type Candidate } from './candidate';
import type { ImportPlan } from './import-plan';
import type { WriteCounts } from './write-records';

/** Import options that only concern records with line items; `counterDb` draws auto numbers outside the import's transaction. */
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
 * validates, computes totals, numbers, reserves stock and audits as any other create.
 * `reserveStock: false` imports historical orders.
 *
 * A batch is written under one savepoint, its records joining it, which spares every record a
 * savepoint and its release. If any record is refused (say, short of stock), the savepoint undoes
 * the batch and its records are written again each in a savepoint of its own, so a refused record
 * gets its row errors and does not undo the others.
 */
export async function writeGroupCandidates(db: Db, actor: Actor, plan: ImportPlan, candidates: Candidate[], options: GroupWriteOptions): Promise<WriteCounts> {
  // The batch's numbers in one statement, kept for the records when the batch is written again one by one.
  const numbers = await reserveAutoNumbers(options.counterDb ?? db, plan.entity, candidates.length);
  // The plan's registry: the one its rows were validated against, and one round trip less per record.
  const create = (tx: Db, index: number, joinTransaction: boolean) =>
    createRecord(tx, actor, plan.entity.key, candidates[index].input, { reserveStock: options.reserveStock, registry: plan.registry, autoNumbers: numbers[index], joinTransaction });
  if (candidates.length > 1) {
    try {
      await db.transaction(async (tx) => {
        for (const index of candidates.keys()) await create(tx, index, true);
      });
      return { inserted: candidates.length, updated: 0 };
    } catch (error) {
      if (!(error instanceof AppError) && !fromDatabaseError(error)) throw error;
    }
  }
  let inserted = 0;
  for (const [index, candidate] of candidates.entries()) {
    try {
      await create(db, index, false);
      inserted += 1;
    } catch (error) {
      const known = error instanceof AppError ? error : fromDatabaseError(error);
      if (!known) throw error;
      detailErrors(plan, candidate, known);
    }
  }
  return { inserted, updated: 0 };
}
