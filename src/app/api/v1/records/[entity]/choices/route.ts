// GET /api/v1/records/{entity}/choices — approval nodes of the workflows creating a record starts that ask the initiator to pick approvers
import { apiRoute, json } from '@/server/api/handler';
import { createApproverChoices } from '@/server/workflows/list-approver-choices';

export const GET = apiRoute<{ entity: string }>(async ({ db, actor, params }) => json({ data: await createApproverChoices(db, actor, params.entity) }));
