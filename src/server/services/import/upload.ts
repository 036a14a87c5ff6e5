import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { MAX_IMPORT_BYTES } from '@/engine/contract/import-export';
import { AppError, validationFailed } from '../../errors';
import type { FileKind, SheetFile } from './sheet-rows';

/** Room for the multipart envelope and the small option fields around the file. */
const FORM_OVERHEAD_BYTES = 1024 * 1024;
const UPLOAD_DIR = path.join(tmpdir(), 'lowcode-import');

export type ImportUpload = { file: SheetFile; fields: Record<string, string> };

const tooLarge = () => new AppError(413, 'payload_too_large', `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB; split it into smaller files`);
const unsupported = (message: string) => new AppError(415, 'unsupported_media_type', message);

/** Counts bytes as they arrive and stops at the cap, so an oversized upload is never buffered whole. */
function capped(body: ReadableStream<Uint8Array>, maxBytes: number, onTooLarge: () => void): ReadableStream<Uint8Array> {
  let size = 0;
  return body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        size += chunk.byteLength;
        if (size > maxBytes) {
          onTooLarge();
          controller.error(new Error('upload too large'));
        } else controller.enqueue(chunk);
      },
    }),
  );
}

/** Decides the kind by the file's first bytes, not only its name: a renamed .xls must not reach the xlsx parser. */
function fileKind(name: string, head: Uint8Array): FileKind {
  const zip = head[0] === 0x50 && head[1] === 0x4b;
  const oleExcel = head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0;
  const extension = path.extname(name).toLowerCase();
  if (oleExcel) throw unsupported('The file is in the old .xls format; save it as .xlsx (Excel Workbook) or .csv and try again');
  if (extension === '.xlsx' || (zip && extension !== '.csv')) {
    if (!zip) throw unsupported(`"${name}" is not a valid .xlsx workbook`);
    return 'xlsx';
  }
  if (extension === '.csv' || extension === '.txt') return 'csv';
  throw unsupported(`Upload an .xlsx or .csv file (got "${name}")`);
}

/** Reads the multipart form, checks the file and saves it to a temporary file the import streams from. */
export async function readImportUpload(request: Request): Promise<ImportUpload> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data/i.test(type)) throw unsupported('Send the file as multipart/form-data with the file in the "file" field');
  const maxBytes = MAX_IMPORT_BYTES + FORM_OVERHEAD_BYTES;
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes) throw tooLarge();
  if (!request.body) throw validationFailed('The request has no body; send the file in the "file" field');
  let exceeded = false;
  let form: FormData;
  try {
    form = await new Response(capped(request.body, maxBytes, () => (exceeded = true)), { headers: { 'content-type': type } }).formData();
  } catch {
    throw exceeded ? tooLarge() : validationFailed('The upload could not be read as multipart/form-data');
  }
  const file = form.get('file');
  if (!(file instanceof File)) throw validationFailed('Send the spreadsheet in the "file" field');
  if (file.size > MAX_IMPORT_BYTES) throw tooLarge();
  if (file.size === 0) throw validationFailed(`The file "${file.name}" is empty: it needs a header row naming the columns`);
  const kind = fileKind(file.name, new Uint8Array(await file.slice(0, 8).arrayBuffer()));
  const fields: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === 'string') fields[key] = value;
  await mkdir(UPLOAD_DIR, { recursive: true });
  const target = path.join(UPLOAD_DIR, `${randomUUID()}.${kind}`);
  await pipeline(Readable.fromWeb(file.stream() as import('node:stream/web').ReadableStream), createWriteStream(target));
  return { file: { path: target, kind, name: file.name.slice(0, 255) }, fields };
}

export async function removeUpload(file: SheetFile): Promise<void> {
  await rm(file.path, { force: true });
}
