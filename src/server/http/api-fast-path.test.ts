import { once } from 'node:events';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiFastPath, type RouteHandler } from './api-fast-path';
import { routeTable } from './route-table';

/** An HTTP server whose API requests go through the fast path and everything else to a stand-in for Next. */
async function serve(handlers: Record<string, Partial<Record<string, RouteHandler>>>, manifest: Record<string, string>) {
  const fastPath = apiFastPath(routeTable(manifest, '/api/v1/'), async (file) => handlers[file]);
  const server = createServer((req, res) => {
    void fastPath(req, res).then((served) => {
      if (!served) res.writeHead(299, { 'x-served-by': 'next' }).end();
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** A raw request, so the test controls chunking and compression. */
function raw(url: string, options: { method?: string; headers?: Record<string, string>; chunks?: string[] }) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    const req = httpRequest(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (chunk: Buffer) => parts.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(parts) }));
    });
    req.on('error', reject);
    for (const chunk of options.chunks ?? []) req.write(chunk);
    req.end();
  });
}

describe('apiFastPath over Node HTTP', () => {
  let server: Server;
  let base: string;
  const echo: RouteHandler = async (request, { params }) =>
    Response.json({ method: request.method, url: request.url, params: await params, body: request.body ? await request.json() : null, auth: request.headers.get('authorization') });

  beforeAll(async () => {
    const manifest = { '/api/v1/things/[id]/route': '/api/v1/things/[id]', '/api/v1/big/route': '/api/v1/big', '/api/v1/csv/route': '/api/v1/csv', '/api/v1/boom/route': '/api/v1/boom', '/api/v1/cookies/route': '/api/v1/cookies', '/api/v1/upload/route': '/api/v1/upload' };
    ({ server, base } = await serve(
      {
        '/api/v1/things/[id]/route': { GET: echo, POST: echo },
        '/api/v1/big/route': { GET: async () => Response.json({ items: Array.from({ length: 200 }, (_, index) => ({ index, name: `item ${index}` })) }) },
        '/api/v1/csv/route': {
          GET: async () =>
            new Response(new ReadableStream({ start: (controller) => { for (let row = 0; row < 500; row += 1) controller.enqueue(new TextEncoder().encode(`${row},名称${row}\n`)); controller.close(); } }), { headers: { 'content-type': 'text/csv; charset=utf-8' } }),
        },
        '/api/v1/boom/route': { GET: async () => { throw new Error('boom'); } },
        '/api/v1/upload/route': {
          POST: async (request) => {
            let bytes = 0;
            for await (const chunk of request.body as unknown as AsyncIterable<Uint8Array>) bytes += chunk.byteLength;
            return Response.json({ bytes, type: request.headers.get('content-type') });
          },
        },
        '/api/v1/cookies/route': { GET: async () => { const response = new Response(null, { status: 204 }); response.headers.append('set-cookie', 'a=1'); response.headers.append('set-cookie', 'b=2'); return response; } },
      },
      manifest,
    ));
  });
  afterAll(() => server?.close());

  it('gives a handler the method, URL, params and JSON body, and answers with a length and its timing', async () => {
    const response = await fetch(`${base}/api/v1/things/%E8%AE%A2?x=1`, { method: 'POST', headers: { authorization: 'Bearer k', 'content-type': 'application/json' }, body: JSON.stringify({ qty: 2 }) });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ method: 'POST', url: `${base}/api/v1/things/%E8%AE%A2?x=1`, params: { id: '订' }, body: { qty: 2 }, auth: 'Bearer k' });
    expect(response.headers.get('content-length')).not.toBeNull();
    expect(response.headers.get('server-timing')).toMatch(/^app;dur=\d+\.\d$/);
  });

  it('streams a chunked request body to the handler', async () => {
    const answer = await raw(`${base}/api/v1/things/7`, { method: 'POST', headers: { authorization: 'Bearer k', 'content-type': 'application/json', 'transfer-encoding': 'chunked' }, chunks: ['{"lines":', '[1,2,', '3]}'] });
    expect(JSON.parse(answer.body.toString()).body).toEqual({ lines: [1, 2, 3] });
  });

  it('passes a body larger than 1 MiB, which it streams, to the handler intact', async () => {
    const upload = Buffer.alloc(3 * 1024 * 1024 + 7, 'x');
    const response = await fetch(`${base}/api/v1/upload`, { method: 'POST', headers: { authorization: 'Bearer k', 'content-type': 'application/octet-stream' }, body: upload });
    expect(await response.json()).toEqual({ bytes: upload.length, type: 'application/octet-stream' });
  });

  it('gzips JSON of 1 KiB or more and streamed CSV for clients that ask, and only for them', async () => {
    const zipped = await raw(`${base}/api/v1/big`, { headers: { authorization: 'Bearer k', 'accept-encoding': 'gzip, br' } });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toBe('Accept-Encoding');
    expect(JSON.parse(gunzipSync(zipped.body).toString()).items).toHaveLength(200);
    const plain = await raw(`${base}/api/v1/big`, { headers: { authorization: 'Bearer k' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(plain.body.toString()).items[199]).toEqual({ index: 199, name: 'item 199' });

    const small = await raw(`${base}/api/v1/things/1`, { headers: { authorization: 'Bearer k', 'accept-encoding': 'gzip' } });
    expect(small.headers['content-encoding']).toBeUndefined();

    const csv = await raw(`${base}/api/v1/csv`, { headers: { authorization: 'Bearer k', 'accept-encoding': 'gzip' } });
    expect(csv.headers['content-encoding']).toBe('gzip');
    const rows = gunzipSync(csv.body).toString().trim().split('\n');
    expect(rows).toHaveLength(500);
    expect(rows[499]).toBe('499,名称499');
  });

  it('keeps every Set-Cookie header', async () => {
    const answer = await raw(`${base}/api/v1/cookies`, { headers: { authorization: 'Bearer k' } });
    expect(answer.status).toBe(204);
    expect(answer.headers['set-cookie']).toEqual(['a=1', 'b=2']);
  });

  it('answers a handler that throws with the contract error shape', async () => {
    const response = await fetch(`${base}/api/v1/boom`, { headers: { authorization: 'Bearer k' } });
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ error: { code: 'internal', message: expect.stringContaining('logged') } });
  });

  it('leaves to Next what it cannot serve: no Authorization header, no handler for the method, no route', async () => {
    for (const [path, init] of [
      ['/api/v1/things/1', {}],
      ['/api/v1/things/1', { method: 'DELETE', headers: { authorization: 'Bearer k' } }],
      ['/api/v1/nothing', { headers: { authorization: 'Bearer k' } }],
      ['/records/orders', { headers: { authorization: 'Bearer k' } }],
    ] as const) {
      const response = await fetch(`${base}${path}`, init);
      expect(response.headers.get('x-served-by'), path).toBe('next');
    }
  });
});
