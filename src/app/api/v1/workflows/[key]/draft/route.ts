// PUT /api/v1/workflows/{key}/draft — save the draft (kept even with problems); DELETE — discard it
import { apiRoute, json } from '@/server/api/handler';
import { readJsonBody } from '@/server/api/read-body';
import { discardWorkflowDraft, saveWorkflowDraft } from '@/server/workflows/save-workflow-draft';

export const PUT = apiRoute<{ key: string }>(async ({ request, db, actor, params }) => json(await saveWorkflowDraft(db, actor, params.key, await readJsonBody(request))));

export const DELETE = apiRoute<{ key: string }>(async ({ db, actor, params }) => {
  await discardWorkflowDraft(db, actor, params.key);
  return new Response(null, { status: 204 });
});
