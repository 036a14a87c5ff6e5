import type { DbHandle } from '../db/types';

const cache = globalThis as unknown as { __appDb?: Promise<DbHandle> };

/** Points the route handlers' process-wide database at a test database. */
export function serveRoutesFrom(handle: DbHandle): void {
  cache.__appDb = Promise.resolve(handle);
}

/** Any route handler, whatever its params type; the harness supplies the params the test names. */
type Handler = (request: Request, context: { params: Promise<never> }) => Promise<Response>;

export type CallOptions = { key?: string; body?: unknown; rawBody?: string; headers?: Record<string, string>; params?: Record<string, string> };

/** Calls a route handler the way Next does, returning status and parsed JSON. */
export async function callRoute(handler: Handler, method: string, url: string, options: CallOptions = {}) {
  const headers: Record<string, string> = { ...options.headers };
  if (options.key) headers.authorization = `Bearer ${options.key}`;
  let body: string | undefined = options.rawBody;
  if (options.body !== undefined) body = JSON.stringify(options.body);
  if (body !== undefined) headers['content-type'] ??= 'application/json';
  const request = new Request(`http://localhost${url}`, { method, headers, body });
  const response = await handler(request, { params: Promise.resolve(options.params ?? {}) as Promise<never> });
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: text ? JSON.parse(text) : undefined };
}
