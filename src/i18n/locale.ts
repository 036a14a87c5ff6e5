import type { Locale } from '@/engine/metadata/keys';

/** The locale lives in a cookie, not in the URL: links and bookmarks stay the same in every language. */
export const LOCALE_COOKIE = 'NEXT_LOCALE';
export const DEFAULT_LOCALE: Locale = 'zh-CN';

export function toLocale(value: string | undefined): Locale {
  return value === 'en' ? 'en' : DEFAULT_LOCALE;
}

function cookieValue(request: Request, name: string): string | undefined {
  const match = new RegExp(`(?:^|;\\s*)${name}=([^;]*)`).exec(request.headers.get('cookie') ?? '');
  return match ? decodeURIComponent(match[1]!) : undefined;
}

/** The language the UI is in (its cookie, else the default), so API messages match the pages. */
export function requestLocale(request: Request): Locale {
  return toLocale(cookieValue(request, LOCALE_COOKIE));
}
