import type { LocalizedText } from '@/engine/workflow';
import type { StateAction } from '@/engine/metadata/lifecycle';
import { apiFetch, recordsPath } from '../api-client';

/** GET /api/v1/records/{entity}/{id}/actions/{action}/choices, one entry per workflow the action starts. */
export type WorkflowChoices = {
  workflowKey: string;
  workflowName: LocalizedText;
  nodes: Array<{ key: string; name: LocalizedText; multiple: boolean; required: boolean }>;
};

/** The `approvers` of a state-action body: user ids per approval node, per workflow. */
export type ApproverChoices = Record<string, Record<string, string[]>>;

export const DIRECTORY_PATH = '/api/v1/directory';
export type DirectoryUsers = { users: Array<{ id: string; name: string; username: string }> };

export async function fetchActionChoices(entity: string, recordId: string, action: StateAction): Promise<WorkflowChoices[]> {
  const path = `${recordsPath(entity, recordId, 'actions')}/${encodeURIComponent(action.key)}/choices`;
  return (await apiFetch<{ data: WorkflowChoices[] }>(path)).data;
}

/** GET /api/v1/records/{entity}/choices: what creating a record would ask its initiator. */
export async function fetchCreateChoices(entity: string): Promise<WorkflowChoices[]> {
  return (await apiFetch<{ data: WorkflowChoices[] }>(`${recordsPath(entity)}/choices`)).data;
}

/** Form values (a string from a single picker, nothing for a skipped optional node) as the API's picks. */
export function toApproverChoices(values: Record<string, Record<string, string | string[] | undefined> | undefined>): ApproverChoices {
  const choices: ApproverChoices = {};
  for (const [workflowKey, nodes] of Object.entries(values)) {
    for (const [nodeKey, picked] of Object.entries(nodes ?? {})) {
      const ids = picked === undefined ? [] : ([] as string[]).concat(picked);
      if (ids.length) (choices[workflowKey] ??= {})[nodeKey] = ids;
    }
  }
  return choices;
}
