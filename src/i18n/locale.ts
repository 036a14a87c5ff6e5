import type { Locale } from '@/engine/metadata/keys';

/** The locale lives in a cookie, not in the URL: links and bookmarks stay the same in every language. */
export const LOCALE_COOKIE = 'NEXT_LOCALE';
export const DEFAULT_LOCALE: Locale = 'zh-CN';

export function toLocale(value: string | undefined): Locale {
  return value === 'en' ? 'en' : DEFAULT_LOCALE;
}
