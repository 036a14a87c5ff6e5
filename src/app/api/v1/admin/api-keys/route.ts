// GET /api/v1/admin/api-keys — list keys; POST — create one (the key is returned once)
import { apiRoute, json } from '@/server/api/handler';
import { readJsonBody } from '@/server/api/read-body';
import { adminCreateApiKey, adminListApiKeys } from '@/server/services/admin-api-keys';

export const GET = apiRoute(async ({ db, actor }) => json({ data: await adminListApiKeys(db, actor) }));

export const POST = apiRoute(async ({ request, db, actor }) => json(await adminCreateApiKey(db, actor, await readJsonBody(request)), 201));
