// DELETE /api/v1/admin/api-keys/{id} — revoke a key
import { apiRoute } from '@/server/api/handler';
import { adminRevokeApiKey } from '@/server/services/admin-api-keys';

export const DELETE = apiRoute<{ id: string }>(async ({ db, actor, params }) => {
  await adminRevokeApiKey(db, actor, params.id);
  return new Response(null, { status: 204 });
});
