// GET /api/v1/dashboards/{key}/draft — the designer's document (draft, else latest published) with its problems; PUT — save the draft; DELETE — discard it
import { apiRoute, json } from '@/server/api/handler';
import { readJsonBody } from '@/server/api/read-body';
import { discardDashboardDraft, getDashboardDraft, saveDashboardDraft } from '@/server/dashboards/design-draft';

export const GET = apiRoute<{ key: string }>(async ({ db, actor, params }) => json(await getDashboardDraft(db, actor, params.key)));

export const PUT = apiRoute<{ key: string }>(async ({ request, db, actor, params }) => json(await saveDashboardDraft(db, actor, params.key, await readJsonBody(request))));

export const DELETE = apiRoute<{ key: string }>(async ({ db, actor, params }) => {
  await discardDashboardDraft(db, actor, params.key);
  return new Response(null, { status: 204 });
});
