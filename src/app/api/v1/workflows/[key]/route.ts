// GET /api/v1/workflows/{key} — the draft, the latest published version and the problems to fix
import { apiRoute, json } from '@/server/api/handler';
import { getWorkflow } from '@/server/workflows/get-workflow';

export const GET = apiRoute<{ key: string }>(async ({ db, actor, params }) => json(await getWorkflow(db, actor, params.key)));
