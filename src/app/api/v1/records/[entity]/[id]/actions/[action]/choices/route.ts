// GET /api/v1/records/{entity}/{id}/actions/{action}/choices — approval nodes of the workflows the action starts that ask the initiator to pick approvers
import { apiRoute, json } from '@/server/api/handler';
import { actionApproverChoices } from '@/server/workflows/list-approver-choices';

export const GET = apiRoute<{ entity: string; id: string; action: string }>(async ({ db, actor, params }) =>
  json({ data: await actionApproverChoices(db, actor, params.entity, params.id, params.action) }),
);
