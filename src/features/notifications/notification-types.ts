import type { LocalizedText } from '@/engine/workflow';

/** One row of GET /api/v1/notifications. */
export type NotificationItem = {
  id: string;
  kind: string;
  title: LocalizedText;
  body: LocalizedText | null;
  link: string | null;
  createdAt: string;
  readAt: string | null;
};

export type NotificationPage = { data: NotificationItem[]; total: number; unread: number };

/** The body of POST /api/v1/notifications/read. */
export type ReadRequest = { ids: string[] } | { all: true };
