// POST /api/v1/records/{entity}/{id}/actions/{action} — run a state action (submit, pay, ship, cancel …)
import { apiRoute, json } from '@/server/api/handler';
import { expectedVersion } from '@/server/api/if-match';
import { runAction } from '@/server/services/run-action';
import { actionBodyApprovers } from '@/server/workflows/approver-choices';
import { readOptionalJsonBody } from '@/server/workflows/optional-body';

export const POST = apiRoute<{ entity: string; id: string; action: string }>(async ({ request, db, actor, params }) => {
  // Optional body: `{ approvers: { workflowKey: { nodeKey: [userId] } } }` for nodes taking the initiator's choice.
  const approvers = actionBodyApprovers(await readOptionalJsonBody(request));
  const record = await runAction(db, { actor }, params.entity, params.id, params.action, expectedVersion(request, false), approvers);
  return json(record, 200, { ETag: `"${record.version}"` });
});
