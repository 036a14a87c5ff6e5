import { text, type LocalizedText } from '@/engine/workflow';
import type { Db } from '../db/types';
import type { Actor } from '../auth/actor';
import { AppError, validationFailed } from '../errors';
import { actOnTask } from './act-on-task';
import { BatchBodySchema } from './task-action-input';

/**
 * Why one task was not approved. `code` and the English `message` are the original contract;
 * `reason` is the finer machine code (the engine's refusal code, else `code`) and `localized` the
 * message in every UI language, so the inbox can answer in the reader's.
 */
export type BatchItemError = { code: string; message: string; reason: string; localized: LocalizedText };
export type BatchItem = { id: string; ok: boolean; error?: BatchItemError };

// The services throw these with English text only. Matched by their exact wording, so a reworded
// message falls back to the general text below rather than to a wrong one.
const KNOWN: readonly LocalizedText[] = [
  text('该任务已被处理，或流程已继续', 'The task has already been handled, or the workflow has moved on'),
  text('该任务不是分配给您的', 'This task is not assigned to you'),
  text('记录正被其他操作占用，请重试', 'The record is busy; try again'),
];
// In a batch a missing task is the only thing that is not found; its English names the id.
const NO_TASK = text('找不到该任务', 'No such task');

function isLocalized(value: unknown): value is LocalizedText {
  const candidate = value as Record<string, unknown> | null;
  return typeof candidate === 'object' && candidate !== null && typeof candidate.en === 'string' && typeof candidate['zh-CN'] === 'string';
}

function localizedOf(error: AppError, details: { message?: unknown }): LocalizedText {
  if (isLocalized(details.message)) return details.message;
  const known = KNOWN.find((candidate) => candidate.en === error.message);
  if (known) return known;
  if (error.code === 'not_found') return { ...NO_TASK, en: error.message };
  return text(`无法同意该任务：${error.message}`, error.message);
}

export function batchItemError(error: AppError): BatchItemError {
  const details = (typeof error.details === 'object' && error.details !== null ? error.details : {}) as { reason?: unknown; message?: unknown };
  const reason = typeof details.reason === 'string' ? details.reason : error.code;
  return { code: error.code, message: error.message, reason, localized: localizedOf(error, details) };
}

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
      results.push({ id, ok: false, error: batchItemError(error) });
    }
  }
  return results;
}
