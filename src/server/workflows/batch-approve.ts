import type { Db } from '../db/types';
import type { Actor } from '../auth/actor';
import { AppError, validationFailed } from '../errors';
import { actOnTask } from './act-on-task';
import { BatchBodySchema } from './task-action-input';

export type BatchItem = { id: string; ok: boolean; error?: { code: string; message: string } };

/** Approves each task in a transaction of its own, so one refusal does not undo the others. */
export async function batchApprove(db: Db, actor: Actor, body: unknown): Promise<BatchItem[]> {
  const parsed = BatchBodySchema.safeParse(body);
  if (!parsed.success) throw validationFailed(`Invalid request: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  const { ids, comment } = parsed.data;
  const results: BatchItem[] = [];
  for (const id of [...new Set(ids)]) {
    try {
      await actOnTask(db, actor, id, 'approve', comment ? { comment } : {});
      results.push({ id, ok: true });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      results.push({ id, ok: false, error: { code: error.code, message: error.message } });
    }
  }
  return results;
}
