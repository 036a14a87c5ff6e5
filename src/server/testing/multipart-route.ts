/** Any route handler, whatever its params type; the harness supplies the params the test names. */
type Handler = (request: Request, context: { params: Promise<never> }) => Promise<Response>;

/** Like callRoute, for bodies that are not JSON (multipart uploads) and answers that may be files. */
export async function callRawRoute(handler: Handler, request: Request, options: { key?: string; params?: Record<string, string> } = {}) {
  const headers = new Headers(request.headers);
  if (options.key) headers.set('authorization', `Bearer ${options.key}`);
  const body = request.body ? await request.arrayBuffer() : undefined;
  const withAuth = new Request(request.url, { method: request.method, headers, body });
  const response = await handler(withAuth, { params: Promise.resolve(options.params ?? {}) as Promise<never> });
  const bytes = await response.arrayBuffer();
  const text = new TextDecoder().decode(bytes);
  const isJson = (response.headers.get('content-type') ?? '').includes('json');
  return { status: response.status, headers: response.headers, bytes, text, json: isJson && text ? JSON.parse(text) : undefined };
}
