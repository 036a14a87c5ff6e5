// GET /api/v1/entities/{entity} — one entity with its form, related entities and the caller's permissions
import { apiRoute, json } from '@/server/api/handler';
import { getEntityView } from '@/server/services/entity-views';

export const GET = apiRoute<{ entity: string }>(async ({ db, actor, params }) => json(await getEntityView(db, actor, params.entity)));
