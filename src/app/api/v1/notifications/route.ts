// GET /api/v1/notifications?unread=1&page=&pageSize= — the caller's notifications and unread count
import { apiRoute, json } from '@/server/api/handler';
import { listNotifications } from '@/server/workflows/notifications';
import { pageParams } from '@/server/workflows/route-params';

export const GET = apiRoute(async ({ request, db, actor }) => {
  const query = new URL(request.url).searchParams;
  return json(await listNotifications(db, actor, { unread: query.get('unread') === '1' || query.get('unread') === 'true', ...pageParams(query) }));
});
