import { apiFetch } from '@/features/runtime/api-client';
import type { NotificationPage, ReadRequest } from './notification-types';

/** How many recent notifications the bell lists. */
export const RECENT_COUNT = 10;
export const RECENT_PATH = `/api/v1/notifications?page=1&pageSize=${RECENT_COUNT}`;

export function markRead(request: ReadRequest): Promise<void> {
  return apiFetch<void>('/api/v1/notifications/read', { method: 'POST', json: request });
}

/** The page as it is once `request` is done: read items keep their first read time. */
export function applyRead(page: NotificationPage, request: ReadRequest, now: Date): NotificationPage {
  const hit = (id: string) => 'all' in request || request.ids.includes(id);
  const at = now.toISOString();
  const data = page.data.map((item) => (item.readAt === null && hit(item.id) ? { ...item, readAt: at } : item));
  const newlyRead = page.data.filter((item, index) => item.readAt === null && data[index]!.readAt !== null).length;
  return { ...page, data, unread: 'all' in request ? 0 : Math.max(0, page.unread - newlyRead) };
}

/** Only paths of this app are followed, so a stored link cannot send the reader elsewhere. */
export function internalLink(link: string | null): string | null {
  return link && link.startsWith('/') && !link.startsWith('//') ? link : null;
}
