// POST /api/v1/notifications/read — mark { ids } or { all: true } of the caller's notifications read
import { apiRoute } from '@/server/api/handler';
import { readJsonBody } from '@/server/api/read-body';
import { readNotifications } from '@/server/workflows/notifications';

export const POST = apiRoute(async ({ request, db, actor }) => {
  await readNotifications(db, actor, await readJsonBody(request));
  return new Response(null, { status: 204 });
});
