import type { Locale } from '@/engine/metadata/keys';
import en from './messages/en.json';
import zhCN from './messages/zh-CN.json';

/** `satisfies` makes a key missing from en.json a type error instead of a blank label at run time. */
export const messages: Record<Locale, typeof zhCN> = { 'zh-CN': zhCN, en: en satisfies typeof zhCN };
