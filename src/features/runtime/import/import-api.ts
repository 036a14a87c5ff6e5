import type { ImportJobDto, ImportMode, ImportPreview } from '@/engine/contract/import-export';
import { ApiError, apiFetch } from '../api-client';

/** What the mapping step decides; sent with every upload so preview and import agree. */
export type ImportSettings = {
  mapping: Record<string, string | null>;
  groupBy: string | null;
  keyField: string | null;
  mode: ImportMode;
  reserveStock: boolean;
};

export const importPath = (entity: string) => `/api/v1/import/${encodeURIComponent(entity)}`;
export const jobPath = (id: string) => `/api/v1/import/jobs/${encodeURIComponent(id)}`;
export const errorReportPath = (id: string) => `${jobPath(id)}/errors.csv`;

function formOf(file: File, settings: Partial<ImportSettings>, dryRun: boolean): FormData {
  const form = new FormData();
  form.set('file', file);
  form.set('dryRun', String(dryRun));
  if (settings.mapping) form.set('mapping', JSON.stringify(settings.mapping));
  if (settings.groupBy) form.set('groupBy', settings.groupBy);
  if (settings.keyField) form.set('keyField', settings.keyField);
  if (settings.mode) form.set('mode', settings.mode);
  if (settings.reserveStock !== undefined) form.set('reserveStock', String(settings.reserveStock));
  return form;
}

/** Multipart upload with the same error handling as apiFetch: rejects with an ApiError. */
async function upload<T>(entity: string, form: FormData): Promise<T> {
  let response: Response;
  try {
    response = await fetch(importPath(entity), { method: 'POST', body: form, credentials: 'same-origin', headers: { Accept: 'application/json' } });
  } catch (error) {
    throw new ApiError(0, 'network', error instanceof Error ? error.message : String(error));
  }
  const body = (await response.json().catch(() => undefined)) as { error?: { code: string; message: string; details?: unknown } } | undefined;
  if (response.ok) return body as T;
  if (body?.error) throw new ApiError(response.status, body.error.code as ApiError['code'], body.error.message, body.error.details);
  throw new ApiError(response.status, 'unknown', response.statusText || `HTTP ${response.status}`);
}

/** The whole file checked as the import would, nothing written. */
export function previewImport(entity: string, file: File, settings: Partial<ImportSettings> = {}): Promise<ImportPreview> {
  return upload<ImportPreview>(entity, formOf(file, settings, true));
}

export async function startImport(entity: string, file: File, settings: ImportSettings): Promise<string> {
  return (await upload<{ jobId: string }>(entity, formOf(file, settings, false))).jobId;
}

export function fetchJob(id: string, signal?: AbortSignal): Promise<ImportJobDto> {
  return apiFetch<ImportJobDto>(jobPath(id), { signal, cache: 'no-store' });
}
