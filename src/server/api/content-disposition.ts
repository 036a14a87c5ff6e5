/**
 * `attachment` with the name twice: a plain ASCII fallback for old clients and the exact UTF-8
 * name per RFC 5987 / 6266 (`filename*=UTF-8''…`), so Chinese entity names survive.
 */
export function attachment(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
