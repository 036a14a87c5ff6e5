// GET /api/v1/openapi.json — OpenAPI document generated from the entities the caller can read
import { buildOpenApi } from '@/engine/contract/openapi';
import { apiRoute, json } from '@/server/api/handler';
import { listEntityViews } from '@/server/services/entity-views';

export const GET = apiRoute(async ({ db, actor }) => {
  const views = await listEntityViews(db, actor);
  const entities = new Map(views.flatMap((view) => [view.entity, ...Object.values(view.related)]).map((entity) => [entity.key, entity]));
  return json(buildOpenApi([...entities.values()]));
});
