// PATCH /api/v1/admin/users/{id} — change a user's display name, e-mail (null clears it) or roles
import { apiRoute, json } from '@/server/api/handler';
import { readJsonBody } from '@/server/api/read-body';
import { adminUpdateUser } from '@/server/services/admin-users';

export const PATCH = apiRoute<{ id: string }>(async ({ request, db, actor, params }) => json(await adminUpdateUser(db, actor, params.id, await readJsonBody(request))));
