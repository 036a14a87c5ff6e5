import type { EntityView, RecordDto } from '@/engine/contract/api-types';
import type { Label } from '@/engine/metadata/keys';
import type { LocalizedText } from '@/engine/workflow';

/** The shapes of the workflow HTTP contract (Tasks section) the inbox reads. */

export const INBOX_BOXES = ['todo', 'done', 'initiated', 'cc'] as const;
export type InboxBox = (typeof INBOX_BOXES)[number];

export function toInboxBox(value: string | undefined): InboxBox {
  return INBOX_BOXES.includes(value as InboxBox) ? (value as InboxBox) : 'todo';
}

/** Workflow and node names: the contract leaves open whether the server picks the language or sends both. */
export type DisplayName = string | Label;

export type UserRef = { id: string; name: string };

/** One row of GET /api/v1/tasks; for `initiated` the id is the instance's and status the instance's. */
export type TaskItem = {
  id: string;
  instanceId: string;
  workflowKey: string;
  workflowName: DisplayName;
  nodeKey: string | null;
  nodeName: DisplayName | null;
  entity: string;
  recordId: string;
  recordTitle: string | null;
  initiator: UserRef;
  status: string;
  createdAt: string;
  completedAt: string | null;
  dueAt: string | null;
};

export type TaskPage = { data: TaskItem[]; total: number };

export type TaskCounts = Record<InboxBox, number> & { unreadNotifications: number };

export type WorkflowHistoryItem = {
  at: string;
  actor: UserRef | null;
  action: string;
  nodeKey?: string | null;
  nodeName?: DisplayName | null;
  comment?: string | null;
};

export const TASK_ACTIONS = ['approve', 'reject', 'return', 'transfer', 'add_signer', 'comment', 'withdraw'] as const;
export type TaskAction = (typeof TASK_ACTIONS)[number];

export type FieldPermission = 'editable' | 'readonly' | 'hidden';

/** The task itself as GET /api/v1/tasks/{id} describes it; the record and workflow come beside it. */
export type TaskInfo = {
  id: string;
  instanceId: string;
  nodeKey: string;
  nodeName: DisplayName;
  assignee: UserRef | null;
  status: string;
  createdAt: string;
  completedAt: string | null;
  dueAt: string | null;
  comment?: string | null;
};

/** GET /api/v1/tasks/{id}. */
export type TaskDetail = {
  task: TaskInfo;
  instance: { id: string; status: string; workflowKey: string; workflowName: DisplayName; version: number; initiator: UserRef | null };
  record: RecordDto;
  view: EntityView;
  fieldPermissions: Record<string, FieldPermission>;
  history: WorkflowHistoryItem[];
  actions: string[];
  returnTargets: { nodeKey: string; name: DisplayName }[];
  commentRequired: { approve: boolean; reject: boolean; return?: boolean };
};

/** The body of POST /api/v1/tasks/{id}/actions/{action}. */
export type TaskActionBody = {
  comment?: string;
  to?: string;
  nodeKey?: string;
  position?: 'before' | 'after';
  userId?: string;
  values?: Record<string, unknown>;
};

/** `reason` and `localized` came later; an older server sends only the code and the English message. */
export type BatchError = { code: string; message: string; reason?: string; localized?: LocalizedText };
export type BatchResult = { id: string; ok: boolean; error?: BatchError };

/** GET /api/v1/directory. */
export type Directory = {
  users: { id: string; name: string; username: string; roles: string[] }[];
  roles: { key: string; label: LocalizedText }[];
};

/** GET /api/v1/records/{entity}/{id}/workflows. */
export type RecordWorkflow = { instanceId: string; workflowKey: string; workflowName: DisplayName; status: string; startedAt: string; history: WorkflowHistoryItem[] };
