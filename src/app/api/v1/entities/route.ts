// GET /api/v1/entities — entity definitions visible to the caller
import { apiRoute, json } from '@/server/api/handler';
import { listEntityViews } from '@/server/services/entity-views';

export const GET = apiRoute(async ({ db, actor }) => json({ data: await listEntityViews(db, actor) }));
