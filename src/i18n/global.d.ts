import type { Locale } from '@/engine/metadata/keys';
import type { Messages } from './messages';

// Typed message keys and locales for useTranslations / useLocale.
declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
