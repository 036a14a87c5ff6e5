import { toApiError, type ApiError } from '@/features/runtime/api-client';
import { commentMissing, runTaskAction } from './inbox-api';
import type { TaskAction, TaskActionBody, TaskDetail } from './inbox-types';

export type ActionInput = {
  comment: string;
  /** Changed editable fields, sent with an approval. */
  values?: Record<string, unknown>;
  to?: string;
  nodeKey?: string;
  userId?: string;
  position?: 'before' | 'after';
};

export type ActionOutcome =
  | { status: 'done' }
  /** Refused before anything was sent. */
  | { status: 'blocked'; reason: 'commentRequired' | 'targetRequired' }
  | { status: 'failed'; error: ApiError };

function missingTarget(action: TaskAction, input: ActionInput): boolean {
  if (action === 'return') return !input.nodeKey;
  if (action === 'transfer') return !input.to;
  if (action === 'add_signer') return !input.userId;
  return false;
}

/** The request body of `action`: only what that action takes. */
export function actionBody(action: TaskAction, input: ActionInput): TaskActionBody {
  const comment = input.comment.trim();
  const body: TaskActionBody = comment ? { comment } : {};
  if (action === 'approve' && input.values && Object.keys(input.values).length > 0) body.values = input.values;
  if (action === 'return') body.nodeKey = input.nodeKey;
  if (action === 'transfer') body.to = input.to;
  if (action === 'add_signer') Object.assign(body, { userId: input.userId, position: input.position ?? 'after' });
  return body;
}

/** Checks what the page can check (a required comment, a chosen target), then sends the action once. */
export async function submitTaskAction(detail: Pick<TaskDetail, 'task' | 'instance' | 'commentRequired'>, action: TaskAction, input: ActionInput): Promise<ActionOutcome> {
  if (action !== 'withdraw' && commentMissing(action, input.comment, detail.commentRequired)) return { status: 'blocked', reason: 'commentRequired' };
  if (missingTarget(action, input)) return { status: 'blocked', reason: 'targetRequired' };
  try {
    await runTaskAction(detail, action, actionBody(action, input));
    return { status: 'done' };
  } catch (error) {
    return { status: 'failed', error: toApiError(error) };
  }
}
