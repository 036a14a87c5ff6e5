// GET /api/v1/records/{entity}/{id}/history — the record's audit trail, newest first
import { apiRoute, json } from '@/server/api/handler';
import { recordHistory } from '@/server/services/record-history';

export const GET = apiRoute<{ entity: string; id: string }>(async ({ db, actor, params }) =>
  json({ data: await recordHistory(db, actor, params.entity, params.id) }),
);
