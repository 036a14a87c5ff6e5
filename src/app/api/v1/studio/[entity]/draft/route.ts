// GET /api/v1/studio/{entity}/draft — the draft (or the published definition to start from); PUT — save the draft
import { apiRoute, json } from '@/server/api/handler';
import { readJsonBody } from '@/server/api/read-body';
import { getStudioDraft, saveStudioDraft } from '@/server/services/studio/form-drafts';

export const GET = apiRoute<{ entity: string }>(async ({ db, actor, params }) => json(await getStudioDraft(db, actor, params.entity)));

export const PUT = apiRoute<{ entity: string }>(async ({ request, db, actor, params }) =>
  json(await saveStudioDraft(db, actor, params.entity, await readJsonBody(request))),
);
