// GET /api/v1/studio/{entity}/versions — published versions, newest first
import { apiRoute, json } from '@/server/api/handler';
import { listStudioVersions } from '@/server/services/studio/form-drafts';

export const GET = apiRoute<{ entity: string }>(async ({ db, actor, params }) => json({ data: await listStudioVersions(db, actor, params.entity) }));
