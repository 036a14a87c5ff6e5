import { inArray } from 'drizzle-orm';
import type { Label } from '@/engine/metadata/keys';
import type { InstanceState, LocalizedText, Task, WorkflowDefinition } from '@/engine/workflow';
import { users } from '../db/schema';
import type { Db } from '../db/types';
import { isUuid } from '../services/get-record';

export type Person = { id: string; name: string };

export function localized(label: Label | undefined, fallback = ''): LocalizedText {
  if (!label) return { 'zh-CN': fallback, en: fallback };
  return { 'zh-CN': label['zh-CN'], en: label.en ?? label['zh-CN'] };
}

export function nodeNameOf(definition: WorkflowDefinition | undefined, nodeKey: string | undefined): LocalizedText {
  return localized(definition?.nodes.find((node) => node.key === nodeKey)?.name, nodeKey ?? '');
}

/** Names of people; those the transition's directory already holds (active users) cost no query. */
export async function peopleById(db: Db, ids: Array<string | null | undefined>, known?: { nameOf: (id: string) => string | undefined }): Promise<Map<string, Person>> {
  const people = new Map<string, Person>();
  const wanted: string[] = [];
  for (const id of new Set(ids.filter((id): id is string => typeof id === 'string' && isUuid(id)))) {
    const name = known?.nameOf(id);
    if (name === undefined) wanted.push(id);
    else people.set(id, { id, name });
  }
  if (!wanted.length) return people;
  const rows = await db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, wanted));
  for (const row of rows) people.set(row.id, row);
  return people;
}

export const personOf = (people: Map<string, Person>, id: string | null | undefined): Person | null =>
  id ? (people.get(id) ?? { id, name: id }) : null;

export type TaskDto = {
  id: string;
  instanceId: string;
  nodeKey: string;
  nodeName: LocalizedText;
  assignee: Person | null;
  status: string;
  createdAt: string;
  completedAt: string | null;
  dueAt: string | null;
  comment: string | null;
};

export function taskDto(instanceId: string, definition: WorkflowDefinition, task: Task, people: Map<string, Person>): TaskDto {
  return {
    id: task.id,
    instanceId,
    nodeKey: task.nodeKey,
    nodeName: nodeNameOf(definition, task.nodeKey),
    assignee: personOf(people, task.assignee),
    status: task.status,
    createdAt: task.createdAt,
    completedAt: task.decidedAt ?? null,
    dueAt: task.dueAt ?? null,
    comment: task.comment ?? null,
  };
}

export type InstanceDto = { id: string; status: string; workflowKey: string; workflowName: LocalizedText; version: number; initiator: Person | null };

export function instanceDto(row: { id: string; workflowKey: string }, version: number, definition: WorkflowDefinition, state: InstanceState, people: Map<string, Person>): InstanceDto {
  return { id: row.id, status: state.status, workflowKey: row.workflowKey, workflowName: localized(definition.name), version, initiator: personOf(people, state.initiator) };
}

export type HistoryItem = { at: string; actor: Person | null; action: string; nodeKey: string | null; nodeName: LocalizedText | null; comment: string | null; detail?: Record<string, unknown> };

export function historyOf(definition: WorkflowDefinition, state: InstanceState, people: Map<string, Person>): HistoryItem[] {
  return state.history.map((entry) => ({
    at: entry.at,
    actor: personOf(people, entry.actor),
    action: entry.action,
    nodeKey: entry.nodeKey ?? null,
    nodeName: entry.nodeKey ? nodeNameOf(definition, entry.nodeKey) : null,
    comment: entry.comment ?? null,
    ...(entry.detail ? { detail: entry.detail } : {}),
  }));
}

/** Everyone a state mentions, for one name lookup. */
export function peopleIn(state: InstanceState): string[] {
  return [state.initiator, ...state.tasks.map((task) => task.assignee), ...state.history.map((entry) => entry.actor)].filter((id): id is string => Boolean(id));
}
