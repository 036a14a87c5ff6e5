import type { Locale } from '@/engine/metadata/keys';
import type zhCN from './messages/zh-CN.json';

// Typed message keys and locales for useTranslations / useLocale.
declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof zhCN;
  }
}
