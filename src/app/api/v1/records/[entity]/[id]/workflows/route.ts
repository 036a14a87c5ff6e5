// GET /api/v1/records/{entity}/{id}/workflows — the record's workflow instances with their timelines
import { apiRoute, json } from '@/server/api/handler';
import { recordWorkflows } from '@/server/workflows/record-workflows';

export const GET = apiRoute<{ entity: string; id: string }>(async ({ db, actor, params }) => json({ data: await recordWorkflows(db, actor, params.entity, params.id) }));
