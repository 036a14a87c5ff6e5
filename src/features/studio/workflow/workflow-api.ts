import type { LocalizedText } from '@/engine/workflow';
import type { DefinitionProblem, Trigger, WorkflowDefinition } from '@/engine/workflow';
import type { Label } from '@/engine/metadata/keys';
import { apiFetch } from '@/features/runtime/api-client';

/** Shapes of the workflow HTTP contract the designer reads and writes. */
export type WorkflowSummary = { key: string; name: Label; entity: string; trigger: Trigger; publishedVersion: number | null; hasDraft: boolean; updatedAt: string };
export type WorkflowDetail = {
  draft: WorkflowDefinition | null;
  published: { version: number; definition: WorkflowDefinition; publishedAt: string } | null;
  problems: DefinitionProblem[];
};
export type WorkflowVersion = { version: number; publishedAt: string; author: { id: string; name: string } | null };
export type DirectoryUser = { id: string; name: string; username: string; roles: string[] };
export type DirectoryRole = { key: string; label: LocalizedText };
export type Directory = { users: DirectoryUser[]; roles: DirectoryRole[] };
export type NewWorkflow = { key: string; name: Label; entity: string; trigger: Trigger };

export const WORKFLOWS_PATH = '/api/v1/workflows';
export const DIRECTORY_PATH = '/api/v1/directory';
export const workflowPath = (key: string, suffix = '') => `${WORKFLOWS_PATH}/${encodeURIComponent(key)}${suffix}`;

export const createWorkflow = (input: NewWorkflow) => apiFetch<{ draft: WorkflowDefinition }>(WORKFLOWS_PATH, { method: 'POST', json: input });
export const loadWorkflow = (key: string) => apiFetch<WorkflowDetail>(workflowPath(key));
export const saveWorkflowDraft = (key: string, draft: WorkflowDefinition) =>
  apiFetch<{ draft: WorkflowDefinition; problems: DefinitionProblem[] }>(workflowPath(key, '/draft'), { method: 'PUT', json: draft });
export const discardWorkflowDraft = (key: string) => apiFetch<void>(workflowPath(key, '/draft'), { method: 'DELETE' });
export const publishWorkflow = (key: string) => apiFetch<{ version: number }>(workflowPath(key, '/publish'), { method: 'POST' });
export const loadWorkflowVersion = (key: string, version: number) => apiFetch<{ definition: WorkflowDefinition }>(workflowPath(key, `/versions/${version}`));
export const restoreWorkflowVersion = (key: string, version: number) =>
  apiFetch<{ draft: WorkflowDefinition }>(workflowPath(key, `/versions/${version}/restore`), { method: 'POST' });

/** The problems a refused publish carries (`details.problems`), when it carries any. */
export function refusedProblems(details: unknown): DefinitionProblem[] {
  const problems = (details as { problems?: unknown } | undefined)?.problems;
  return Array.isArray(problems) ? (problems as DefinitionProblem[]).filter((problem) => typeof problem?.message === 'object') : [];
}

/** Where a document that does not parse is wrong (`details.issues` of a 422 on save). */
export function issuePaths(details: unknown): string[] {
  const issues = (details as { issues?: unknown } | undefined)?.issues;
  if (!Array.isArray(issues)) return [];
  return issues.map((issue: { path?: unknown; message?: unknown }) => [Array.isArray(issue?.path) ? issue.path.join('.') : issue?.path, issue?.message].filter(Boolean).join(': '));
}
