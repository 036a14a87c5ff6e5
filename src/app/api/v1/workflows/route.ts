// GET /api/v1/workflows — every workflow with its published version and draft state; POST — create one (a start → end draft)
import { apiRoute, json } from '@/server/api/handler';
import { readJsonBody } from '@/server/api/read-body';
import { createWorkflow } from '@/server/workflows/create-workflow';
import { listWorkflows } from '@/server/workflows/list-workflows';

export const GET = apiRoute(async ({ db, actor }) => json({ data: await listWorkflows(db, actor) }));

export const POST = apiRoute(async ({ request, db, actor }) => json(await createWorkflow(db, actor, await readJsonBody(request)), 201));
