// POST /api/v1/records/{entity}/{id}/actions/{action} — run a state action (submit, pay, ship, cancel …)
import { apiRoute, json } from '@/server/api/handler';
import { expectedVersion } from '@/server/api/if-match';
import { runAction } from '@/server/services/run-action';

export const POST = apiRoute<{ entity: string; id: string; action: string }>(async ({ request, db, actor, params }) => {
  const record = await runAction(db, { actor }, params.entity, params.id, params.action, expectedVersion(request, false));
  return json(record, 200, { ETag: `"${record.version}"` });
});
