// GET /api/v1/admin/users — users with their roles
import { apiRoute, json } from '@/server/api/handler';
import { adminListUsers } from '@/server/services/admin-api-keys';

export const GET = apiRoute(async ({ db, actor }) => json({ data: await adminListUsers(db, actor) }));
