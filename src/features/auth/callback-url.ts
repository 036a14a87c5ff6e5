/**
 * Only same-origin paths may be a post-login destination; anything else would make the login page
 * an open redirect. Absolute URLs on `origin` (next-auth sometimes builds those) are reduced to a path.
 */
export function safeCallbackPath(raw: string | null | undefined, origin?: string): string {
  if (!raw) return '/';
  if (raw.startsWith('/') && !raw.startsWith('//') && !raw.startsWith('/\\')) return raw.startsWith('/login') ? '/' : raw;
  if (!origin) return '/';
  try {
    const url = new URL(raw);
    return url.origin === origin ? safeCallbackPath(url.pathname + url.search + url.hash) : '/';
  } catch {
    return '/';
  }
}
