import { apiFetch } from '@/features/runtime/api-client';
import type { BatchResult, InboxBox, TaskAction, TaskActionBody, TaskDetail } from './inbox-types';

/** Calls of the workflow contract's Tasks section; every one resolves with JSON or rejects with an ApiError. */

export const TASK_COUNTS_PATH = '/api/v1/tasks/counts';
export const DIRECTORY_PATH = '/api/v1/directory';

export function tasksPath(box: InboxBox, page: number, pageSize: number): string {
  return `/api/v1/tasks?${new URLSearchParams({ box, page: String(page), pageSize: String(pageSize) })}`;
}

export function taskPath(taskId: string): string {
  return `/api/v1/tasks/${encodeURIComponent(taskId)}`;
}

export function recordWorkflowsPath(entity: string, recordId: string): string {
  return `/api/v1/records/${encodeURIComponent(entity)}/${encodeURIComponent(recordId)}/workflows`;
}

export function fetchTask(taskId: string): Promise<TaskDetail> {
  return apiFetch<TaskDetail>(taskPath(taskId));
}

/** Withdraw acts on the instance, every other action on the task. */
export function runTaskAction(detail: Pick<TaskDetail, 'task' | 'instance'>, action: TaskAction, body: TaskActionBody): Promise<unknown> {
  if (action === 'withdraw') return withdrawInstance(detail.instance.id);
  return apiFetch(`${taskPath(detail.task.id)}/actions/${action}`, { method: 'POST', json: body });
}

export function withdrawInstance(instanceId: string): Promise<unknown> {
  return apiFetch(`/api/v1/workflow-instances/${encodeURIComponent(instanceId)}/withdraw`, { method: 'POST', json: {} });
}

/** One request for all; the answer says per task whether it went through (another approver may have been first). */
export async function batchApprove(ids: string[], comment: string): Promise<BatchResult[]> {
  const trimmed = comment.trim();
  const body = { ids, action: 'approve' as const, ...(trimmed ? { comment: trimmed } : {}) };
  const response = await apiFetch<{ data: BatchResult[] }>('/api/v1/tasks/batch', { method: 'POST', json: body });
  return response.data;
}

/** Whether `action` may not be sent with this comment (blank where the node asks for one). */
export function commentMissing(action: TaskAction, comment: string, required: TaskDetail['commentRequired']): boolean {
  const needs = action === 'comment' || (action in required && required[action as keyof typeof required] === true);
  return needs && comment.trim() === '';
}
