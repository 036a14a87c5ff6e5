import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { pipeline, Transform } from 'node:stream';
import Papa from 'papaparse';
import type { SheetRow } from './sheet-rows';

const SNIFF_BYTES = 64 * 1024;

/**
 * Excel on a Chinese Windows saves "CSV" as GB18030 (GBK), elsewhere as UTF-8: a file whose
 * start is not valid UTF-8 is read as GB18030, which covers GBK and GB2312.
 */
async function sniffEncoding(path: string): Promise<'utf-8' | 'gb18030'> {
  const file = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await file.read(Buffer.alloc(SNIFF_BYTES), 0, SNIFF_BYTES, 0);
    // stream: true tolerates a character cut off at the end of the sample.
    new TextDecoder('utf-8', { fatal: true }).decode(buffer.subarray(0, bytesRead), { stream: true });
    return 'utf-8';
  } catch {
    return 'gb18030';
  } finally {
    await file.close();
  }
}

/**
 * Records of a CSV file, parsed by papaparse as the file streams in. Bytes are decoded here, not
 * by papaparse: it decodes each chunk on its own and would split a Chinese character that straddles
 * two chunks. The decoder also drops a UTF-8 byte-order mark.
 */
export async function* csvRows(path: string): AsyncGenerator<SheetRow> {
  const decoder = new TextDecoder(await sniffEncoding(path));
  const decode = new Transform({
    readableObjectMode: true,
    transform(chunk: Buffer, _encoding, done) {
      done(null, decoder.decode(chunk, { stream: true }) || undefined);
    },
    flush(done) {
      done(null, decoder.decode() || undefined);
    },
  });
  const source = createReadStream(path);
  const parser = pipeline(source, decode, Papa.parse(Papa.NODE_STREAM_INPUT, { skipEmptyLines: false }), () => {});
  let row = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      row += 1;
      yield { row, cells: record };
    }
  } finally {
    source.destroy();
  }
}
