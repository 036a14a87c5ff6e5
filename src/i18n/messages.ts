import type { Locale } from '@/engine/metadata/keys';
import en from './messages/en.json';
import zhCN from './messages/zh-CN.json';
import choicesEn from './messages/choices/en.json';
import choicesZhCN from './messages/choices/zh-CN.json';
import dashboardStudioEn from './messages/dashboard-studio/en.json';
import dashboardStudioZhCN from './messages/dashboard-studio/zh-CN.json';
import dashboardsEn from './messages/dashboards/en.json';
import dashboardsZhCN from './messages/dashboards/zh-CN.json';
import inboxEn from './messages/inbox/en.json';
import inboxZhCN from './messages/inbox/zh-CN.json';
import jobsEn from './messages/jobs/en.json';
import jobsZhCN from './messages/jobs/zh-CN.json';
import notificationsEn from './messages/notifications/en.json';
import notificationsZhCN from './messages/notifications/zh-CN.json';
import workflowsEn from './messages/workflows/en.json';
import workflowsZhCN from './messages/workflows/zh-CN.json';

// A feature area with many texts keeps them in a folder of its own, one namespace per folder.
const zhCNMessages = { ...zhCN, ...choicesZhCN, ...dashboardStudioZhCN, ...dashboardsZhCN, ...inboxZhCN, ...jobsZhCN, ...notificationsZhCN, ...workflowsZhCN };
export type Messages = typeof zhCNMessages;

/** `satisfies` makes a key missing from an en file a type error instead of a blank label at run time. */
export const messages: Record<Locale, Messages> = {
  'zh-CN': zhCNMessages,
  en: { ...en, ...choicesEn, ...dashboardStudioEn, ...dashboardsEn, ...inboxEn, ...jobsEn, ...notificationsEn, ...workflowsEn } satisfies Messages,
};
