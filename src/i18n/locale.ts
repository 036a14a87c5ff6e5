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

/** The UI's language from its cookie; API clients without one can ask with Accept-Language. */
export function requestLocale(request: Request): Locale {
  const chosen = cookieValue(request, LOCALE_COOKIE);
  if (chosen) return toLocale(chosen);
  return /^\s*en\b/i.test(request.headers.get('accept-language') ?? '') ? 'en' : DEFAULT_LOCALE;
}
