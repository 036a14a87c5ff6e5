// GET /api/v1/admin/users — users with their roles and e-mail; POST — create one
import { apiRoute, json } from '@/server/api/handler';
import { readJsonBody } from '@/server/api/read-body';
import { adminCreateUser, adminListUsers } from '@/server/services/admin-users';

export const GET = apiRoute(async ({ db, actor }) => json({ data: await adminListUsers(db, actor) }));

export const POST = apiRoute(async ({ request, db, actor }) => json(await adminCreateUser(db, actor, await readJsonBody(request)), 201));
