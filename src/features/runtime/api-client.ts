import type { ApiErrorBody, ErrorCode } from '@/engine/contract/api-types';

/** Codes the contract defines, plus two for failures that never reached a handler. */
export type ClientErrorCode = ErrorCode | 'network' | 'unknown';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ClientErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export type ApiRequest = Omit<RequestInit, 'body'> & { json?: unknown };

function isErrorBody(body: unknown): body is ApiErrorBody {
  const error = (body as ApiErrorBody | null)?.error;
  return typeof error === 'object' && error !== null && typeof error.code === 'string' && typeof error.message === 'string';
}

/** Fetches a `/api/v1` path; resolves with the JSON body, rejects with an ApiError (never a raw Response). */
export async function apiFetch<T>(path: string, { json, headers, ...init }: ApiRequest = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      ...init,
      credentials: 'same-origin',
      headers: { Accept: 'application/json', ...(json === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
      body: json === undefined ? undefined : JSON.stringify(json),
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'network', error instanceof Error ? error.message : String(error));
  }
  const text = await response.text();
  let body: unknown = undefined;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // A proxy's HTML error page: fall through to the status text below.
  }
  if (response.ok) return body as T;
  if (isErrorBody(body)) throw new ApiError(response.status, body.error.code, body.error.message, body.error.details);
  throw new ApiError(response.status, 'unknown', response.statusText || `HTTP ${response.status}`);
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError(0, 'unknown', error instanceof Error ? error.message : String(error));
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** Path segments come from the URL or metadata; encode them anyway so an odd id cannot change the route. */
export function recordsPath(entity: string, id?: string, suffix?: string): string {
  return ['/api/v1/records', entity, id, suffix].filter(Boolean).map((part, index) => (index === 0 ? part : encodeURIComponent(part!))).join('/');
}
