import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { promisify } from 'node:util';
import { createGzip, gzip } from 'node:zlib';

/**
 * Bodies up to this size with a declared length are read whole before the handler runs: one
 * Buffer costs far less than a web stream per chunk. Larger or chunked bodies (uploads) stream,
 * so the handlers' own size caps still refuse them without buffering them whole.
 */
const BUFFERED_BODY_BYTES = 1024 * 1024;
/** Below this a gzip header and the CPU cost more than the bytes they save. */
const GZIP_MIN_BYTES = 1024;
const COMPRESSIBLE = /^(?:text\/|application\/(?:json|[\w.+-]*\+json|csv|xml|javascript))/i;
const BUFFERED_TYPES = /^application\/(?:[\w.+-]*\+)?json\b/i;

const gzipAsync = promisify(gzip);

async function readWhole(req: IncomingMessage): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return (chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)) as Uint8Array<ArrayBuffer>;
}

/** The Fetch API request a route handler expects, from Node's request. */
export async function toWebRequest(req: IncomingMessage, url: URL): Promise<Request> {
  const headers = new Headers();
  for (let index = 0; index < req.rawHeaders.length; index += 2) headers.append(req.rawHeaders[index]!, req.rawHeaders[index + 1]!);
  const method = req.method ?? 'GET';
  if (method === 'GET' || method === 'HEAD') return new Request(url, { method, headers });
  const declared = req.headers['content-length'] === undefined ? Number.NaN : Number(req.headers['content-length']);
  if (declared <= BUFFERED_BODY_BYTES) return new Request(url, { method, headers, body: await readWhole(req) });
  return new Request(url, { method, headers, body: Readable.toWeb(req) as ReadableStream<Uint8Array>, duplex: 'half' } as RequestInit);
}

function acceptsGzip(req: IncomingMessage): boolean {
  return /\bgzip\b/i.test(req.headers['accept-encoding'] ?? '');
}

function nodeHeaders(response: Response): Record<string, string | string[]> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, key) => {
    if (key !== 'set-cookie') headers[key] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers['set-cookie'] = cookies;
  return headers;
}

/**
 * Writes a route handler's response to Node's response: JSON whole (with its length), anything
 * else (exports) streamed as it is produced. Compressible bodies are gzipped for clients that ask,
 * as Next does for the pages.
 */
export async function sendWebResponse(req: IncomingMessage, res: ServerResponse, response: Response, extraHeaders: Record<string, string> = {}): Promise<void> {
  const headers = { ...nodeHeaders(response), ...extraHeaders };
  const type = response.headers.get('content-type') ?? '';
  const compressible = COMPRESSIBLE.test(type) && !response.headers.has('content-encoding');
  if (compressible) headers.vary = headers.vary ? `${headers.vary}, Accept-Encoding` : 'Accept-Encoding';
  if (!response.body || req.method === 'HEAD') {
    res.writeHead(response.status, headers);
    res.end();
    return;
  }
  const compress = compressible && acceptsGzip(req);
  if (BUFFERED_TYPES.test(type)) {
    let body: Buffer = Buffer.from(await response.arrayBuffer());
    if (compress && body.length >= GZIP_MIN_BYTES) {
      body = await gzipAsync(body);
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = String(body.length);
    res.writeHead(response.status, headers);
    res.end(body);
    return;
  }
  if (compress) {
    headers['content-encoding'] = 'gzip';
    delete headers['content-length'];
  }
  res.writeHead(response.status, headers);
  const source = Readable.fromWeb(response.body as NodeReadableStream<Uint8Array>);
  await (compress ? pipeline(source, createGzip(), res) : pipeline(source, res));
}
