import { apiFetch } from '@/features/runtime/api-client';
import type { StudioDoc } from './studio-document';

export type StudioDraft = StudioDoc & { savedAt: string | null; basedOnVersion: number | null };
export type PublishResult = { version: number; entityVersion: number | null };

const base = (entity: string) => `/api/v1/studio/${encodeURIComponent(entity)}`;

export const loadDraft = (entity: string) => apiFetch<StudioDraft>(`${base(entity)}/draft`);
export const saveDraft = (entity: string, doc: StudioDoc) => apiFetch<StudioDraft>(`${base(entity)}/draft`, { method: 'PUT', json: { entity: doc.entity, form: doc.form, children: doc.children } });
export const publishDraft = (entity: string) => apiFetch<PublishResult>(`${base(entity)}/publish`, { method: 'POST' });
export const restoreVersion = (entity: string, version: number) => apiFetch<void>(`${base(entity)}/versions/${version}/restore`, { method: 'POST' });

/** The server's message plus, for an invalid definition, where each problem is. */
export function problemsOf(details: unknown): string[] {
  const problems = (details as { problems?: { path?: string; message?: string }[] } | undefined)?.problems;
  return Array.isArray(problems) ? problems.map((problem) => [problem.path, problem.message].filter(Boolean).join(': ')) : [];
}
