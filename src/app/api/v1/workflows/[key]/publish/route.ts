// POST /api/v1/workflows/{key}/publish — freeze the draft as the next version (422 invalid_workflow with its problems)
import { apiRoute, json } from '@/server/api/handler';
import { publishWorkflow } from '@/server/workflows/publish-workflow';

export const POST = apiRoute<{ key: string }>(async ({ db, actor, params }) => json(await publishWorkflow(db, actor, params.key)));
