import { AppError } from '../errors';

export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * Reads a JSON body with a hard size cap while streaming, so an oversized or endless body is
 * refused without being buffered whole.
 */
export async function readJsonBody(request: Request, maxBytes = MAX_BODY_BYTES): Promise<unknown> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > maxBytes) throw tooLarge(maxBytes);
  const type = request.headers.get('content-type') ?? '';
  if (type && !/^application\/([\w.+-]*\+)?json\b/i.test(type)) {
    throw new AppError(415, 'unsupported_media_type', `Send the body as application/json (got ${type.split(';')[0]})`);
  }
  if (!request.body) throw new AppError(400, 'invalid_json', 'The request body is empty; send a JSON object');
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text.trim()) throw new AppError(400, 'invalid_json', 'The request body is empty; send a JSON object');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new AppError(400, 'invalid_json', `The request body is not valid JSON: ${(error as Error).message}`);
  }
}

function tooLarge(maxBytes: number): AppError {
  return new AppError(413, 'payload_too_large', `The request body is larger than ${Math.round(maxBytes / 1024)} KB`);
}
